package org.tongban.documents;

import java.util.List;
import java.util.Objects;

/**
 * A monitoring report (监测报告): not an issued document with a number, but the committee's figures
 * for a period as headings, bar charts and tables, printed by {@link ReportRenderer}.
 */
public record MonitoringReport(String title, String subtitle, List<Part> parts) {

    public MonitoringReport {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        parts = List.copyOf(parts);
    }

    /** A piece of the report, top to bottom. */
    public sealed interface Part permits Heading, Note, Table, BarChart {
    }

    public record Heading(String text) implements Part {
    }

    /** A short paragraph, e.g. how a figure is defined. */
    public record Note(String text) implements Part {
    }

    public record Table(Block.Table table) implements Part {
    }

    /**
     * Horizontal bars, one group per label with one bar per series, each value written at the end
     * of its bar (so the chart says its numbers in text too), in {@code unit}.
     */
    public record BarChart(String unit, List<String> seriesNames, List<String> labels, List<double[]> values)
            implements Part {
        public BarChart {
            seriesNames = List.copyOf(seriesNames);
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            int series = seriesNames.size();
            if (labels.size() != values.size() || values.stream().anyMatch(v -> v.length != series)) {
                throw new IllegalArgumentException("Every label needs one value per series");
            }
        }
    }
}
