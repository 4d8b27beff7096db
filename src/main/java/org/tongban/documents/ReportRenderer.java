package org.tongban.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Prints a {@link MonitoringReport} on the documents' A4 type area with their fonts: title, headings,
 * tables as in documents, and bar charts drawn as vector paths (rectangles and lines, no images)
 * with each value written beside its bar; page numbers at the foot.
 */
@Component
public class ReportRenderer {

    static final float TITLE = 20f;
    static final float HEADING = 14f;
    static final float NOTE = 10.5f;
    static final float CHART_TEXT = 9f;
    static final float BAR = 9f;
    static final float[][] SERIES = {{0.08f, 0.40f, 0.75f}, {0.93f, 0.55f, 0.10f}, {0.30f, 0.60f, 0.30f}};
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};
    private static final String FIXED = "第页共 0123456789.—→·%（）()";

    private final Supplier<DocumentFonts> fonts;

    ReportRenderer() {
        this.fonts = DocumentFonts::bundled;
    }

    public byte[] render(MonitoringReport report) {
        DocumentFonts loaded = fonts.get();
        Set<Integer> characters = characters(report);
        try (TrueTypeFont regular = loaded.subset(false, characters);
                TrueTypeFont bold = loaded.subset(true, characters);
                PDDocument document = new PDDocument()) {
            DocumentRenderer.Fonts f = new DocumentRenderer.Fonts(PDType0Font.load(document, regular, false),
                    PDType0Font.load(document, bold, false));
            try (PageFlow flow = new PageFlow(document)) {
                centred(flow, report.title(), f.bold(), TITLE, TITLE * 1.6f, PageFlow.BLACK);
                if (!report.subtitle().isEmpty()) {
                    centred(flow, report.subtitle(), f.regular(), NOTE, NOTE * 2f, GREY);
                }
                for (MonitoringReport.Part part : report.parts()) {
                    if (part instanceof MonitoringReport.Heading h) {
                        flow.ensure(HEADING * 2 + 60); // a heading keeps company with what follows
                        flow.skip(HEADING * 0.6f);
                        flow.line(DocumentRenderer.single(h.text(), f.bold(), HEADING), PageFlow.LEFT, HEADING * 1.8f, 0,
                                PageFlow.BLACK);
                    } else if (part instanceof MonitoringReport.Note n) {
                        for (LineBreaker.Line line : LineBreaker.lines(List.of(new LineBreaker.Run(n.text(), f.regular(), NOTE)),
                                PageFlow.WIDTH, PageFlow.WIDTH)) {
                            flow.line(line, PageFlow.LEFT, NOTE * 1.6f, 0, GREY);
                        }
                    } else if (part instanceof MonitoringReport.Table t) {
                        TableLayout.draw(flow, f, t.table());
                    } else if (part instanceof MonitoringReport.BarChart c) {
                        chart(flow, f, c);
                    }
                }
            }
            footer(document, f);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setSubject(report.subtitle());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render report " + report.title(), e);
        }
    }

    private static void centred(PageFlow flow, String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size,
            float height, float[] colour) throws IOException {
        for (LineBreaker.Line line : LineBreaker.lines(List.of(new LineBreaker.Run(text, font, size)), PageFlow.WIDTH,
                PageFlow.WIDTH)) {
            flow.line(line, PageFlow.LEFT + (PageFlow.WIDTH - line.width()) / 2, height, 0, colour);
        }
    }

    /** Bars from a common zero line, scaled to the largest value; legend above. */
    private static void chart(PageFlow flow, DocumentRenderer.Fonts f, MonitoringReport.BarChart c) throws IOException {
        if (c.labels().isEmpty()) {
            return;
        }
        int series = c.seriesNames().size();
        float group = series * BAR + 6;
        float labelWidth = 48 * PageFlow.MM;
        float valueRoom = 16 * PageFlow.MM;
        float x0 = PageFlow.LEFT + labelWidth;
        float span = PageFlow.WIDTH - labelWidth - valueRoom;
        double max = c.values().stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(0);
        double scale = max <= 0 ? 0 : span / max;
        flow.skip(4);
        // Legend: a swatch and the series name, then the unit.
        flow.ensure(16 + group);
        float x = PageFlow.LEFT;
        float legendBase = PageFlow.baseline(flow.cursor(), 14, CHART_TEXT);
        PDPageContentStream cs = flow.stream();
        for (int s = 0; s < series; s++) {
            fill(cs, SERIES[s % SERIES.length]);
            cs.addRect(x, legendBase - 1, 8, 8);
            cs.fill();
            LineBreaker.Line name = DocumentRenderer.single(c.seriesNames().get(s), f.regular(), CHART_TEXT);
            PageFlow.text(cs, name, x + 11, legendBase, 0, PageFlow.BLACK);
            x += 11 + name.width() + 12;
        }
        PageFlow.text(cs, DocumentRenderer.single("（" + c.unit() + "）", f.regular(), CHART_TEXT), x, legendBase, 0, GREY);
        flow.skip(16);
        for (int i = 0; i < c.labels().size(); i++) {
            flow.ensure(group);
            cs = flow.stream();
            float top = flow.cursor();
            LineBreaker.Line label = fit(c.labels().get(i), f, labelWidth - 6);
            PageFlow.text(cs, label, x0 - 4 - label.width(), PageFlow.baseline(top, group - 4, CHART_TEXT), 0, PageFlow.BLACK);
            for (int s = 0; s < series; s++) {
                double value = c.values().get(i)[s];
                float barTop = top - 2 - s * BAR;
                float width = (float) (value * scale);
                fill(cs, SERIES[s % SERIES.length]);
                cs.addRect(x0, barTop - BAR + 1, Math.max(width, 0.5f), BAR - 1);
                cs.fill();
                LineBreaker.Line number = DocumentRenderer.single(String.format(Locale.ROOT, "%.1f", value), f.regular(),
                        CHART_TEXT - 1);
                PageFlow.text(cs, number, x0 + width + 3, barTop - BAR + 2.5f, 0, PageFlow.BLACK);
            }
            // The zero line of this group, so the axis runs unbroken across page breaks too.
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(0.6f);
            cs.moveTo(x0, top);
            cs.lineTo(x0, top - group);
            cs.stroke();
            flow.skip(group);
        }
        flow.skip(6);
    }

    /** The label on one line, cut with an ellipsis when it does not fit. */
    private static LineBreaker.Line fit(String text, DocumentRenderer.Fonts f, float width) {
        LineBreaker.Line line = DocumentRenderer.single(text, f.regular(), CHART_TEXT);
        String cut = text;
        while (line.width() > width && cut.length() > 2) {
            cut = cut.substring(0, cut.length() - 1);
            line = DocumentRenderer.single(cut + "…", f.regular(), CHART_TEXT);
        }
        return line;
    }

    private static void fill(PDPageContentStream cs, float[] colour) throws IOException {
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
    }

    private static void footer(PDDocument document, DocumentRenderer.Fonts f) throws IOException {
        int total = document.getNumberOfPages();
        int n = 1;
        for (PDPage page : document.getPages()) {
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                LineBreaker.Line text = DocumentRenderer.single("第 " + n + " 页 共 " + total + " 页", f.regular(), CHART_TEXT);
                PageFlow.text(cs, text, PageFlow.LEFT + (PageFlow.WIDTH - text.width()) / 2, 14 * PageFlow.MM, 0, GREY);
            }
            n++;
        }
    }

    private static Set<Integer> characters(MonitoringReport report) {
        StringBuilder all = new StringBuilder(report.title()).append(report.subtitle()).append(FIXED).append("…");
        for (MonitoringReport.Part part : report.parts()) {
            if (part instanceof MonitoringReport.Heading h) {
                all.append(h.text());
            } else if (part instanceof MonitoringReport.Note n) {
                all.append(n.text());
            } else if (part instanceof MonitoringReport.Table t) {
                all.append(t.table().text());
            } else if (part instanceof MonitoringReport.BarChart c) {
                all.append(c.unit()).append(String.join("", c.seriesNames())).append(String.join("", c.labels()));
            }
        }
        Set<Integer> points = new TreeSet<>();
        all.codePoints().filter(cp -> cp > ' ').forEach(points::add);
        points.add((int) ' ');
        return points;
    }
}
