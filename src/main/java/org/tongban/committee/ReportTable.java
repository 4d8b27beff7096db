package org.tongban.committee;

import java.util.List;

/**
 * One table of the committee page as text, exactly as shown: what the PDF report prints and the
 * CSV export writes. {@code chart}, when present, is drawn above the table in the report.
 */
public record ReportTable(String id, String title, List<String> header, List<List<String>> rows, List<Integer> widths,
        Bars chart) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
    }

    /** Horizontal bars: a label and one or two values per bar (e.g. p50 and p90), in {@code unit}. */
    public record Bars(String unit, List<String> seriesNames, List<String> labels, List<double[]> values) {
    }
}
