package org.tongban.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A4 pages with the type area of GB/T 9704-2012 (党政机关公文格式): 156 × 225 mm, top margin 37 mm,
 * left 28 mm. Keeps the cursor (the top of the next line box) and starts a page when the next box
 * does not fit. Coordinates are PDF points from the bottom left.
 */
final class PageFlow implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 28 * MM;
    static final float WIDTH = 156 * MM;
    static final float RIGHT = LEFT + WIDTH;
    static final float TOP = PAGE.getHeight() - 37 * MM;
    static final float BOTTOM = PAGE.getHeight() - 37 * MM - 225 * MM;

    static final float[] BLACK = {0f, 0f, 0f};
    /** The red of the letterhead (红头) and its rule. */
    static final float[] RED = {0.84f, 0f, 0.06f};

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float cursor;
    private PageAction onNewPage = () -> { };

    /** Drawing that may fail like all PDF output. */
    interface PageAction {
        void run() throws IOException;
    }

    PageFlow(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** Something to draw at the top of every further page, e.g. a repeated table header. */
    void onNewPage(PageAction action) {
        this.onNewPage = action == null ? () -> { } : action;
    }

    PDDocument document() {
        return document;
    }

    List<PDPage> pages() {
        return pages;
    }

    float cursor() {
        return cursor;
    }

    /** Moves the cursor down, e.g. for a blank gap; never past the bottom of the type area. */
    void skip(float height) {
        cursor = Math.max(BOTTOM, cursor - height);
    }

    /** Starts a new page unless {@code height} fits above the bottom of the type area. */
    void ensure(float height) throws IOException {
        if (cursor - height < BOTTOM - 0.01f) {
            newPage();
            onNewPage.run();
        }
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        cursor = TOP;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /**
     * Draws a line in a box of height {@code lineHeight} at the cursor (after ensuring it fits) and
     * moves the cursor below it. {@code x} is the start, {@code spacing} the extra space after
     * each character (for justified lines).
     */
    void line(LineBreaker.Line line, float x, float lineHeight, float spacing, float[] color) throws IOException {
        ensure(lineHeight);
        float size = line.pieces().isEmpty() ? 16 : line.pieces().get(0).size();
        text(line, x, baseline(cursor, lineHeight, size), spacing, color);
        cursor -= lineHeight;
    }

    /** Baseline that centres CJK characters (about 0.88 em above it, 0.12 below) in a box. */
    static float baseline(float boxTop, float boxHeight, float size) {
        return boxTop - boxHeight / 2 - 0.38f * size;
    }

    void text(LineBreaker.Line line, float x, float baseline, float spacing, float[] color) throws IOException {
        text(stream, line, x, baseline, spacing, color);
    }

    static void text(PDPageContentStream cs, LineBreaker.Line line, float x, float baseline, float spacing,
            float[] color) throws IOException {
        if (line.pieces().isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.setCharacterSpacing(spacing);
        cs.newLineAtOffset(x, baseline);
        PDFont font = null;
        float size = 0;
        StringBuilder run = new StringBuilder();
        for (LineBreaker.Piece piece : line.pieces()) {
            if (piece.font() != font || piece.size() != size) {
                show(cs, run);
                font = piece.font();
                size = piece.size();
                cs.setFont(font, size);
            }
            run.append(piece.text());
        }
        show(cs, run);
        cs.endText();
    }

    private static void show(PDPageContentStream cs, StringBuilder run) throws IOException {
        if (!run.isEmpty()) {
            cs.showText(run.toString());
            run.setLength(0);
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
