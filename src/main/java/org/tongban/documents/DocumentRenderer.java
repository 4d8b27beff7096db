package org.tongban.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The one renderer for every kind of document, after GB/T 9704-2012: the agency in red with a red
 * rule (红头), the document number, the title centred in bold, the recipient, the body at 16 pt
 * (三号) with 22 lines a page, the agency and date bottom right; on every page the verification
 * code with its QR code and the page number. The result is PDF/A-2b with the fonts embedded as subsets.
 */
@Component
class DocumentRenderer {

    static final float BODY_SIZE = 16f;
    static final float TITLE_SIZE = 22f;
    static final float HEADER_SIZE = 30f;
    /** A blank line, the agency and the date. */
    private static final int SIGNATURE_LINES = 3;
    /**
     * GB/T 9704 sets 22 lines a page and allows closer lines to keep the signature off a page of its
     * own; failing that, the last lines of the body go over to the signature's page.
     */
    private static final int[] LINES_PER_PAGE = {22, 23, 24};

    /** The fonts (20 MB) are loaded on the first render, not when the application starts. */
    private final Supplier<DocumentFonts> fonts;

    DocumentRenderer() {
        this(DocumentFonts::bundled);
    }

    DocumentRenderer(Supplier<DocumentFonts> fonts) {
        this.fonts = fonts;
    }

    /** Renders the document; the same model always gives the same bytes. */
    byte[] render(DocumentModel model) {
        DocumentFonts loaded = fonts.get();
        DocumentCharacters characters = DocumentCharacters.of(model);
        try (TrueTypeFont regular = loaded.subset(false, characters.regular());
                TrueTypeFont bold = loaded.subset(true, characters.bold())) {
            for (int lines : LINES_PER_PAGE) {
                byte[] pdf = render(model, regular, bold, lines, false);
                if (pdf != null) {
                    return pdf;
                }
            }
            return render(model, regular, bold, LINES_PER_PAGE[0], true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render document " + model.number(), e);
        }
    }

    /** The PDF, or null when the signature would stand alone on the last page. */
    private static byte[] render(DocumentModel model, TrueTypeFont regular, TrueTypeFont bold, int linesPerPage,
            boolean keepWithSignature) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // The fonts are subsets already: embed them whole.
            Fonts f = new Fonts(PDType0Font.load(document, regular, false), PDType0Font.load(document, bold, false));
            try (PageFlow flow = new PageFlow(document)) {
                Composer composer = new Composer(flow, f, (PageFlow.TOP - PageFlow.BOTTOM) / linesPerPage,
                        keepWithSignature);
                composer.compose(model);
                if (composer.signatureAlone && !keepWithSignature) {
                    return null;
                }
            }
            PageFooter.draw(document, f, model);
            PdfArchive.apply(document, model);
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The two embedded fonts of one document. */
    record Fonts(PDType0Font regular, PDType0Font bold) {
    }

    /** Lays out one document top to bottom with a given body line height. */
    private static final class Composer {

        private final PageFlow flow;
        private final Fonts f;
        private final float bodyLine;
        /** Whether the last two lines of the body go over to the signature's page with it. */
        private final boolean keepWithSignature;
        boolean signatureAlone;

        Composer(PageFlow flow, Fonts f, float bodyLine, boolean keepWithSignature) {
            this.flow = flow;
            this.f = f;
            this.bodyLine = bodyLine;
            this.keepWithSignature = keepWithSignature;
        }

        void compose(DocumentModel model) throws IOException {
            DocumentContent content = model.content();
            letterhead(model);
            title(content.title());
            if (!content.recipient().isEmpty()) {
                paragraph(new Block.Paragraph("", content.recipient()), 0, false);
            }
            boolean closing = !content.legalBasis().isEmpty() || !content.remedy().isEmpty();
            for (int i = 0; i < content.body().size(); i++) {
                Block block = content.body().get(i);
                if (block instanceof Block.Paragraph p) {
                    paragraph(p, 2 * BODY_SIZE, !closing && i == content.body().size() - 1);
                } else if (block instanceof Block.Heading h) {
                    if (i + 1 < content.body().size() && content.body().get(i + 1) instanceof Block.Image next) {
                        // A heading over a photo moves to the next page with it.
                        flow.ensure(bodyLine + box(next)[1] + bodyLine);
                    }
                    heading(h);
                } else if (block instanceof Block.Table t) {
                    TableLayout.draw(flow, f, t);
                } else if (block instanceof Block.Image image) {
                    image(image);
                }
            }
            if (!content.legalBasis().isEmpty()) {
                paragraph(new Block.Paragraph(DocumentCharacters.LEGAL_BASIS, content.legalBasis()), 2 * BODY_SIZE,
                        content.remedy().isEmpty());
            }
            if (!content.remedy().isEmpty()) {
                paragraph(new Block.Paragraph(DocumentCharacters.REMEDY, content.remedy()), 2 * BODY_SIZE, true);
            }
            signature(model);
        }

        private void letterhead(DocumentModel model) throws IOException {
            String name = model.issuer().headerName();
            float size = Math.min(HEADER_SIZE, PageFlow.WIDTH / name.codePointCount(0, name.length()));
            for (LineBreaker.Line line : lines(name, f.bold(), size, PageFlow.WIDTH)) {
                flow.line(line, centred(line), size * 1.4f, 0, PageFlow.RED);
            }
            flow.skip(bodyLine * 0.5f);
            LineBreaker.Line number = single(model.number(), f.regular(), BODY_SIZE);
            flow.line(number, centred(number), bodyLine, 0, PageFlow.BLACK);
            flow.skip(4 * PageFlow.MM);
            PDPageContentStream cs = flow.stream();
            cs.setStrokingColor(PageFlow.RED[0], PageFlow.RED[1], PageFlow.RED[2]);
            cs.setLineWidth(1.2f);
            cs.moveTo(PageFlow.LEFT, flow.cursor());
            cs.lineTo(PageFlow.RIGHT, flow.cursor());
            cs.stroke();
            flow.skip(bodyLine);
        }

        private void title(String title) throws IOException {
            for (LineBreaker.Line line : lines(title, f.bold(), TITLE_SIZE, PageFlow.WIDTH)) {
                flow.line(line, centred(line), TITLE_SIZE * 1.5f, 0, PageFlow.BLACK);
            }
            flow.skip(bodyLine * 0.5f);
        }

        /**
         * A paragraph justified to the type area, its first line indented by {@code indent}. The
         * last paragraph before the signature may have to send its last two lines along with it.
         */
        private void paragraph(Block.Paragraph p, float indent, boolean last) throws IOException {
            List<LineBreaker.Run> runs = p.lead().isEmpty()
                    ? List.of(new LineBreaker.Run(p.body(), f.regular(), BODY_SIZE))
                    : List.of(new LineBreaker.Run(p.lead(), f.bold(), BODY_SIZE),
                            new LineBreaker.Run(p.body(), f.regular(), BODY_SIZE));
            List<LineBreaker.Line> lines = LineBreaker.lines(runs, PageFlow.WIDTH - indent, PageFlow.WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                if (last && keepWithSignature && i == Math.max(0, lines.size() - 2)) {
                    flow.ensure(bodyLine * (lines.size() - i + SIGNATURE_LINES));
                }
                float first = i == 0 ? indent : 0;
                flow.line(lines.get(i), PageFlow.LEFT + first, bodyLine, spacing(lines.get(i), PageFlow.WIDTH - first),
                        PageFlow.BLACK);
            }
        }

        private final java.util.Map<Block.Image, org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> pictures =
                new java.util.IdentityHashMap<>();

        private org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture(Block.Image image) throws IOException {
            var picture = pictures.get(image);
            if (picture == null) {
                picture = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(flow.document(),
                        image.content(), image.caption());
                pictures.put(image, picture);
            }
            return picture;
        }

        /** Width and height of the photo on the page: within two thirds of the width and a third of the height. */
        private float[] box(Block.Image image) throws IOException {
            var picture = picture(image);
            float scale = Math.min(PageFlow.WIDTH * 2 / 3 / picture.getWidth(),
                    (PageFlow.TOP - PageFlow.BOTTOM) / 3 / picture.getHeight());
            return new float[] {picture.getWidth() * scale, picture.getHeight() * scale};
        }

        /** The photo, centred, the caption below it; kept on one page with its caption. */
        private void image(Block.Image image) throws IOException {
            float[] box = box(image);
            flow.ensure(box[1] + bodyLine);
            float x = PageFlow.LEFT + (PageFlow.WIDTH - box[0]) / 2;
            flow.skip(bodyLine * 0.25f);
            flow.stream().drawImage(picture(image), x, flow.cursor() - box[1], box[0], box[1]);
            flow.skip(box[1]);
            if (!image.caption().isEmpty()) {
                for (LineBreaker.Line line : lines(image.caption(), f.regular(), BODY_SIZE, PageFlow.WIDTH)) {
                    flow.line(line, centred(line), bodyLine, 0, PageFlow.BLACK);
                }
            }
        }

        private void heading(Block.Heading h) throws IOException {
            float indent = 2 * BODY_SIZE;
            List<LineBreaker.Line> lines = LineBreaker.lines(List.of(new LineBreaker.Run(h.body(), f.bold(), BODY_SIZE)),
                    PageFlow.WIDTH - indent, PageFlow.WIDTH);
            // A heading never stands alone at the foot of a page.
            flow.ensure(bodyLine * (lines.size() + 1));
            for (int i = 0; i < lines.size(); i++) {
                flow.line(lines.get(i), PageFlow.LEFT + (i == 0 ? indent : 0), bodyLine, 0, PageFlow.BLACK);
            }
        }

        /**
         * The issuing agency and the date, bottom right: the date four characters from the right
         * edge, the agency centred above it, one line below the body (the seal overlaps both and
         * reaches up to the body, GB/T 9704 §7.3.5.1); kept together on one page.
         */
        private void signature(DocumentModel model) throws IOException {
            LineBreaker.Line agency = single(model.issuer().headerName(), f.regular(), BODY_SIZE);
            LineBreaker.Line date = single(model.dateText(), f.regular(), BODY_SIZE);
            int pages = flow.pages().size();
            flow.ensure(bodyLine * SIGNATURE_LINES);
            signatureAlone = flow.pages().size() > pages;
            flow.skip(bodyLine);
            float dateX = PageFlow.RIGHT - 4 * BODY_SIZE - date.width();
            float centre = dateX + date.width() / 2;
            float agencyX = Math.min(centre - agency.width() / 2, PageFlow.RIGHT - agency.width());
            flow.line(agency, agencyX, bodyLine, 0, PageFlow.BLACK);
            flow.line(date, dateX, bodyLine, 0, PageFlow.BLACK);
        }

        private static List<LineBreaker.Line> lines(String text, PDFont font, float size, float width) {
            return LineBreaker.lines(List.of(new LineBreaker.Run(text, font, size)), width, width);
        }

        private static float centred(LineBreaker.Line line) {
            return PageFlow.LEFT + (PageFlow.WIDTH - line.width()) / 2;
        }
    }

    static LineBreaker.Line single(String text, PDFont font, float size) {
        LineBreaker.Piece piece = LineBreaker.piece(text, font, size);
        return new LineBreaker.Line(List.of(piece), piece.width(), true);
    }

    /** Character spacing that fills the line to {@code width}; none for a paragraph's last line. */
    static float spacing(LineBreaker.Line line, float width) {
        int glyphs = line.glyphs();
        if (line.last() || glyphs < 2) {
            return 0;
        }
        float extra = (width - line.width()) / (glyphs - 1);
        // Beyond an eighth of a character the gaps show; leave such a line (before a long number) ragged.
        return extra > 0 && extra <= BODY_SIZE * 0.125f ? extra : 0;
    }
}
