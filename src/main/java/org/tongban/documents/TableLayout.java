package org.tongban.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a bordered table at 12 pt (小四) across the type area: header row bold on light grey,
 * cells wrapped per character. A row never splits; when it does not fit, the table continues on
 * the next page under a repeated header.
 */
final class TableLayout {

    static final float SIZE = 12f;
    static final float LINE = 18f;
    static final float PAD = 4f;
    private static final float[] HEADER_FILL = {0.92f, 0.92f, 0.92f};

    private TableLayout() {
    }

    static void draw(PageFlow flow, DocumentRenderer.Fonts f, Block.Table table) throws IOException {
        float[] widths = columnWidths(table.widths());
        List<List<LineBreaker.Line>> header = table.header().isEmpty() ? null : cells(table.header(), f.bold(), widths);
        flow.skip(PAD * 2);
        if (header != null) {
            flow.ensure(height(header) + rowHeightOf(table, f, widths));
            row(flow, header, widths, true);
            flow.onNewPage(() -> row(flow, header, widths, true));
        }
        for (List<String> cells : table.rows()) {
            List<List<LineBreaker.Line>> row = cells(cells, f.regular(), widths);
            flow.ensure(height(row));
            row(flow, row, widths, false);
        }
        flow.onNewPage(null);
        flow.skip(PAD * 2);
    }

    private static float rowHeightOf(Block.Table table, DocumentRenderer.Fonts f, float[] widths) {
        return table.rows().isEmpty() ? 0 : height(cells(table.rows().get(0), f.regular(), widths));
    }

    private static float[] columnWidths(List<Integer> weights) {
        float total = weights.stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[weights.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PageFlow.WIDTH * weights.get(i) / total;
        }
        return widths;
    }

    private static List<List<LineBreaker.Line>> cells(List<String> texts, PDFont font, float[] widths) {
        List<List<LineBreaker.Line>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float inner = widths[i] - 2 * PAD;
            cells.add(LineBreaker.lines(List.of(new LineBreaker.Run(texts.get(i), font, SIZE)), inner, inner));
        }
        return cells;
    }

    private static float height(List<List<LineBreaker.Line>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LINE + 2 * PAD;
    }

    private static void row(PageFlow flow, List<List<LineBreaker.Line>> cells, float[] widths, boolean header)
            throws IOException {
        float height = height(cells);
        if (height > PageFlow.TOP - PageFlow.BOTTOM) {
            throw new IllegalArgumentException("A table row is taller than a page");
        }
        float top = flow.cursor();
        PDPageContentStream cs = flow.stream();
        if (header) {
            cs.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
            cs.addRect(PageFlow.LEFT, top - height, PageFlow.WIDTH, height);
            cs.fill();
        }
        float x = PageFlow.LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float lineTop = top - PAD;
            for (LineBreaker.Line line : cells.get(c)) {
                float lineX = header ? x + (widths[c] - line.width()) / 2 : x + PAD;
                flow.text(line, lineX, PageFlow.baseline(lineTop, LINE, SIZE), 0, PageFlow.BLACK);
                lineTop -= LINE;
            }
            x += widths[c];
        }
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.6f);
        x = PageFlow.LEFT;
        for (float w : widths) {
            cs.addRect(x, top - height, w, height);
            x += w;
        }
        cs.stroke();
        flow.skip(height);
    }
}
