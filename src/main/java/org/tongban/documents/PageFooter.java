package org.tongban.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * What every page carries below the type area, drawn once the page count is known: bottom left
 * the QR code of the verification code with the code and case number beside it, bottom right
 * 第 x 页 共 y 页; on the second and later pages the document number at the top right.
 */
final class PageFooter {

    static final float SIZE = 9f;
    static final String CODE = "验证码 ";
    static final String CASE = "案件编号 ";
    static final String HINT = "扫描二维码或凭验证码向发文机关核验";
    /** Everything the footer may draw besides the code, case and document numbers. */
    static final String FIXED_TEXT = CODE + CASE + HINT + "第页共 0123456789";
    static final float QR_SIZE = 17 * PageFlow.MM;
    static final float QR_BOTTOM = 12 * PageFlow.MM;
    private static final float[] GREY = {0.3f, 0.3f, 0.3f};

    private PageFooter() {
    }

    static void draw(PDDocument document, DocumentRenderer.Fonts f, DocumentModel model) throws IOException {
        String code = model.verificationCode();
        BitMatrix qr = qr(code);
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                drawQr(cs, qr, PageFlow.LEFT, QR_BOTTOM, QR_SIZE);
                float textX = PageFlow.LEFT + QR_SIZE + 4 * PageFlow.MM;
                List<String> lines = List.of(CODE + code, CASE + model.caseNumber(), HINT);
                float y = QR_BOTTOM + QR_SIZE - SIZE;
                for (String text : lines) {
                    PageFlow.text(cs, DocumentRenderer.single(text, f.regular(), SIZE), textX, y, 0, GREY);
                    y -= SIZE * 1.6f;
                }
                LineBreaker.Line pageNumber = DocumentRenderer.single(
                        "第 " + (i + 1) + " 页  共 " + total + " 页", f.regular(), 10.5f);
                PageFlow.text(cs, pageNumber, PageFlow.RIGHT - pageNumber.width(), QR_BOTTOM + QR_SIZE / 2 - 4,
                        0, PageFlow.BLACK);
                if (i > 0) {
                    LineBreaker.Line running = DocumentRenderer.single(model.number(), f.regular(), 10.5f);
                    PageFlow.text(cs, running, PageFlow.RIGHT - running.width(), PageFlow.TOP + 12 * PageFlow.MM,
                            0, GREY);
                }
            }
        }
    }

    private static BitMatrix qr(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("A 12-character code always fits a QR code", e);
        }
    }

    /** Vector modules, merged into horizontal runs: sharp at any print resolution and small. */
    private static void drawQr(PDPageContentStream cs, BitMatrix qr, float x, float y, float size) throws IOException {
        float module = size / qr.getWidth();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < qr.getHeight(); row++) {
            int col = 0;
            while (col < qr.getWidth()) {
                if (!qr.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < qr.getWidth() && qr.get(col, row)) {
                    col++;
                }
                // A hair of overlap keeps anti-aliased viewers from showing seams between rows.
                cs.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
        cs.fill();
    }
}
