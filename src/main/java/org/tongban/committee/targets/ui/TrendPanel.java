package org.tongban.committee.targets.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.base.Chart;
import org.tongban.committee.targets.TargetFigure;
import org.tongban.committee.targets.TargetFigure.TrendPoint;
import org.tongban.committee.targets.TargetKind;

/**
 * The trend of one target: a line of its yearly values (a count: its running total) against the
 * goal, and the same points, yearly and quarterly, in a table, so the chart says nothing alone.
 */
class TrendPanel extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    final H4 heading = new H4();
    final Chart chart = new Chart("{}", "");
    final Grid<TrendPoint> points = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final TargetTexts texts;
    private TargetFigure shown;

    TrendPanel(TargetTexts texts) {
        this.texts = texts;
        setId("plan-targets-trend");
        setWidthFull();
        chart.setHeight("240px");
        points.setId("plan-targets-trend-points");
        points.addColumn(p -> texts.period(p.period())).setHeader(texts.t("committee.targets.trend.col.period")).setAutoWidth(true);
        points.addColumn(p -> shown == null ? "" : texts.amount(shown.unit(), p.value()))
                .setHeader(texts.t("committee.targets.trend.col.value")).setAutoWidth(true);
        points.addColumn(p -> texts.parts(p.numerator(), p.denominator())).setHeader(texts.t("committee.targets.col.parts"))
                .setAutoWidth(true);
        points.addColumn(p -> p.cumulative() == null ? "—" : texts.amount(shown.unit(), p.cumulative()))
                .setHeader(texts.t("committee.targets.trend.col.cumulative")).setAutoWidth(true).setKey("cumulative");
        points.setAllRowsVisible(true);
        points.setEmptyStateText(texts.t("committee.targets.trend.none"));
        add(heading, chart, points);
    }

    /** Shows a target's trend, or nothing for null. */
    void show(TargetFigure figure) {
        this.shown = figure;
        setVisible(figure != null);
        if (figure == null) {
            return;
        }
        boolean count = figure.kind() == TargetKind.COUNT_CUMULATIVE;
        heading.setText(texts.t("committee.targets.trend.heading") + "：" + figure.name(getLocale()));
        points.getColumnByKey("cumulative").setVisible(count);
        List<TrendPoint> all = new ArrayList<>(figure.years());
        all.addAll(figure.quarters());
        points.setItems(all);
        String values = figure.years().stream()
                .map(p -> texts.period(p.period()) + " " + texts.amount(figure.unit(), count ? p.cumulative() : p.value()))
                .collect(Collectors.joining("，"));
        chart.update(option(figure), texts.t("committee.targets.trend.chart", figure.name(getLocale()),
                values.isEmpty() ? texts.t("committee.targets.trend.none") : values, texts.goal(figure)));
    }

    /** Years on the axis, the yearly value (a count: its total) as a labelled line, the goal as dashed lines. */
    String option(TargetFigure figure) {
        boolean count = figure.kind() == TargetKind.COUNT_CUMULATIVE;
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("grid").put("left", 48).put("right", 24).put("top", 24).put("bottom", 32);
        ArrayNode axis = option.putObject("xAxis").put("type", "category").putArray("data");
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("min", 0);
        if ("PERCENT".equals(figure.unit())) {
            yAxis.put("max", 100);
        } else {
            // The goal stays in view (ECharts does not stretch the axis to its mark lines).
            java.math.BigDecimal top = figure.targetUpper() != null ? figure.targetUpper() : figure.target();
            for (TrendPoint p : figure.years()) {
                var v = count ? p.cumulative() : p.value();
                top = v != null && v.compareTo(top) > 0 ? v : top;
            }
            yAxis.put("max", top.multiply(java.math.BigDecimal.valueOf(1.1)).setScale(0, java.math.RoundingMode.CEILING));
        }
        ObjectNode series = option.putArray("series").addObject().put("type", "line").put("name", figure.name(getLocale()));
        series.putObject("itemStyle").put("color", "#1565c0");
        series.putObject("label").put("show", true);
        ArrayNode data = series.putArray("data");
        for (TrendPoint p : figure.years()) {
            axis.add(p.period().label());
            var v = count ? p.cumulative() : p.value();
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        ObjectNode markLine = series.putObject("markLine").put("symbol", "none");
        markLine.putObject("lineStyle").put("type", "dashed").put("color", "#6d4c41");
        markLine.putObject("label").put("position", "insideEndTop")
                .put("formatter", texts.t("committee.targets.trend.goal") + " {c}");
        ArrayNode lines = markLine.putArray("data");
        lines.addObject().put("yAxis", figure.target());
        if (figure.targetUpper() != null) {
            lines.addObject().put("yAxis", figure.targetUpper());
        }
        return option.toString();
    }
}
