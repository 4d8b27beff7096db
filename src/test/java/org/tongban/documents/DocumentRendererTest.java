package org.tongban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of document, rendered without Spring and read back as a citizen's viewer and an archive would. */
class DocumentRendererTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        long sequence = 11;
        for (Map.Entry<String, DocumentRequest> e : SampleDocuments.requests().entrySet()) {
            all.add(Arguments.of(e.getKey(), SampleDocuments.model(e.getValue(), sequence++)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sentence_can_be_read_back_from_the_pdf(String name, DocumentModel model) throws Exception {
        String text = bodyText(RENDERER.render(model), model);

        List<String> expected = new ArrayList<>(List.of(model.issuer().headerName(), model.number(),
                model.content().title(), model.content().recipient(), model.dateText(),
                model.content().legalBasis(), model.content().remedy()));
        for (Block block : model.content().body()) {
            if (block instanceof Block.Table table) {
                expected.addAll(table.header());
                table.rows().forEach(expected::addAll);
            } else {
                expected.addAll(List.of(block.text().split("(?<=[。；：])")));
            }
        }
        for (String sentence : expected) {
            assertThat(text).as(name).contains(squeeze(sentence));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void is_valid_pdf_a_2b(String name, DocumentModel model) throws Exception {
        assertThat(PdfAValidator.failures(RENDERER.render(model))).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_page_carries_the_verification_code_and_its_qr_code(String name, DocumentModel model) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(model))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).contains("验证码 " + model.verificationCode())
                        .contains("第 " + page + " 页  共 " + pdf.getNumberOfPages() + " 页");
                assertThat(qrCode(pdf, page - 1)).isEqualTo(model.verificationCode());
            }
        }
    }

    @Test
    void the_validator_rejects_a_pdf_that_is_not_archival() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            assertThat(PdfAValidator.failures(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void embeds_both_fonts_as_subsets_and_stays_small() throws Exception {
        byte[] bytes = RENDERER.render(SampleDocuments.model(SampleDocuments.decisionRefused(), 1));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDPage page = pdf.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                PDType0Font type0 = (PDType0Font) font;
                assertThat(type0.isEmbedded()).isTrue();
                // Only the glyphs used: a few dozen KB of the 10 MB font.
                assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2().getLength()).isLessThan(100_000);
                fonts.add(font.getName());
            }
            assertThat(fonts).hasSize(2).allMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
        }
        // The full fonts are 10 MB each; a one-page decision with ~150 distinct characters is a few dozen KB.
        assertThat(bytes.length).isLessThan(60_000);
    }

    @Test
    void the_same_model_gives_the_same_bytes_even_when_rendered_in_parallel() throws Exception {
        DocumentModel model = SampleDocuments.model(SampleDocuments.decisionGranted(), 7);
        byte[] first = RENDERER.render(model);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> RENDERER.render(model)));
            }
            for (Future<byte[]> render : renders) {
                assertThat(render.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void every_character_of_every_template_has_a_glyph_in_both_fonts() {
        StringBuilder all = new StringBuilder("法律依据：救济途径：验证码案件编号扫描二维码或凭验证码向发文机关核验第页共0123456789〔〕号年月日");
        for (DocumentKind kind : DocumentKind.values()) {
            all.append(kind.nameZh()).append(kind.mark());
        }
        for (DocumentRequest r : SampleDocuments.requests().values()) {
            DocumentModel m = SampleDocuments.model(r, 1);
            all.append(m.issuer().headerName()).append(m.number()).append(m.caseNumber())
                    .append(m.content().recipient()).append(m.content().title())
                    .append(m.content().legalBasis()).append(m.content().remedy());
            m.content().body().forEach(b -> all.append(b.text()));
        }
        assertThat(DocumentFonts.bundled().missingGlyphs(all.toString())).isEmpty();
    }

    @Test
    void a_public_notice_shows_masked_names_only() throws Exception {
        DocumentModel model = SampleDocuments.model(SampleDocuments.publicNotice(), 3);
        String text = bodyText(RENDERER.render(model), model);
        assertThat(text).contains("张*华", "巴*尔", "王*", "娜*花").doesNotContain("张明华", "巴特尔", "娜仁花");
    }

    /** The text of all pages in drawing order without the page furniture, whitespace removed. */
    static String bodyText(byte[] bytes, DocumentModel model) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            StringBuilder kept = new StringBuilder();
            boolean numberSeen = false;
            for (String line : text.split("\\R")) {
                boolean runningHeader = line.equals(model.number()) && numberSeen;
                numberSeen |= line.equals(model.number());
                boolean furniture = line.startsWith("验证码 ") || line.startsWith("案件编号 ")
                        || line.startsWith("扫描二维码") || line.matches("第 \\d+ 页 +共 \\d+ 页") || runningHeader;
                if (!furniture) {
                    kept.append(line);
                }
            }
            return squeeze(kept.toString());
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Decodes the QR code at the bottom left of a page rendered at 150 dpi, as a phone would. */
    /** Reads the QR code in the page's lower left corner as a 300 dpi office scanner would. */
    static String qrCode(PDDocument pdf, int pageIndex) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, 300);
        BufferedImage corner = page.getSubimage(0, page.getHeight() * 4 / 5, page.getWidth() / 3, page.getHeight() / 5);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
