package org.tongban.committee.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.tongban.base.TitledSection;
import org.tongban.base.Chart;
import org.tongban.committee.CommitteeExtension;
import org.tongban.committee.CommitteeFigures;
import org.tongban.committee.CommitteeFigures.Snapshot;
import org.tongban.committee.CommitteeQueries;
import org.tongban.committee.CommitteeReport;
import org.tongban.committee.CommitteeTables;
import org.tongban.committee.CsvExport;
import org.tongban.committee.Drill;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;
import org.tongban.committee.Procedures;
import org.tongban.committee.Procedures.Procedure;
import org.tongban.committee.ReportTable;
import org.tongban.committee.Scope;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The committee's page (残工委监测): which agency holds cases up, where cases wait between agencies,
 * and which step of each procedure is slow, over a chosen year or quarter and set of procedures.
 * Every chart has its figures in a table beside it; every count opens the case numbers behind it.
 * The page is a list of sections: the built-in three, then each {@link CommitteeExtension} (the
 * plan targets of issue 11 item 4 plug in there).
 */
@Route("committee")
@Menu(order = 3, icon = "vaadin:chart", title = "menu.committee")
@RolesAllowed({"COMMITTEE", "SUPERVISOR", "ADMIN"})
public class CommitteeView extends VerticalLayout implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient CommitteeFigures figures;
    private final transient CommitteeQueries queries;
    private final transient CommitteeTables tables;
    private final transient CommitteeReport report;
    private final transient Procedures procedures;
    private final transient List<CommitteeExtension> extensions;
    private final TongbanUser user = CurrentUser.require();

    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final MultiSelectComboBox<Procedure> processes = new MultiSelectComboBox<>();
    final Grid<AgencyFigures> league = new Grid<>();
    final Grid<Handoff> handoffs = new Grid<>();
    final Chart leagueChart = new Chart("{}", "");
    final Chart sankey = new Chart("{}", "");
    final Div heatmaps = new Div();
    final Div sections = new Div();
    final Div downloads = new Div();
    private transient Snapshot snapshot;

    public CommitteeView(CommitteeFigures figures, CommitteeQueries queries, CommitteeTables tables,
            CommitteeReport report, Procedures procedures, List<CommitteeExtension> extensions) {
        this.figures = figures;
        this.queries = queries;
        this.tables = tables;
        this.report = report;
        this.procedures = procedures;
        this.extensions = extensions;
        setMaxWidth("1400px");
        H2 title = new H2(getTranslation("committee.title"));
        title.setId("committee-title");
        heatmaps.setId("committee-heatmaps");
        sections.setId("committee-sections");
        downloads.setId("committee-downloads");
        downloads.addClassName("committee-downloads");
        sections.setWidthFull();
        add(title, new Paragraph(getTranslation("committee.intro")), filters(), downloads, sections);
        refresh();
    }

    private Component filters() {
        int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.of("Asia/Shanghai")).getYear();
        year.setLabel(getTranslation("committee.year"));
        year.setItems(thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("committee-year");
        quarter.setLabel(getTranslation("committee.quarter"));
        quarter.setItems(0, 1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == 0 ? getTranslation("committee.wholeYear") : getTranslation("committee.q", q));
        quarter.setValue(0);
        quarter.setId("committee-quarter");
        processes.setLabel(getTranslation("committee.procedures"));
        List<Procedure> all = figures.procedures();
        processes.setItems(all);
        processes.setItemLabelGenerator(Procedure::name);
        processes.setValue(new LinkedHashSet<>(all));
        processes.setId("committee-procedures");
        processes.setWidth("min(40rem, 100%)");
        year.addValueChangeListener(e -> refresh());
        quarter.addValueChangeListener(e -> refresh());
        processes.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(year, quarter, processes);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /** The scope the filters describe. */
    Scope scope() {
        List<String> keys = processes.getValue().stream().map(Procedure::key).sorted().toList();
        int y = year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
        int q = quarter.getValue() == null ? 0 : quarter.getValue();
        return q == 0 ? Scope.year(y, keys) : Scope.quarter(y, q, keys);
    }

    String periodLabel() {
        int q = quarter.getValue() == null ? 0 : quarter.getValue();
        return q == 0 ? getTranslation("committee.period.year", String.valueOf(year.getValue()))
                : getTranslation("committee.period.quarter", String.valueOf(year.getValue()), q);
    }

    /** Reads the figures again and redraws every section. */
    void refresh() {
        snapshot = figures.read(user, scope());
        sections.removeAll();
        sections.add(leagueSection(), handoffSection(), heatmapSection());
        // Further sections (plan targets, issue 11 item 4) follow the built-in ones.
        for (CommitteeExtension extension : extensions) {
            Component section = extension.section(user, snapshot.scope());
            sections.add(section instanceof TitledSection ? section : new TitledSection(extension.titleKey(), section));
        }
        downloads();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    private Component leagueSection() {
        league.removeAllColumns();
        league.setId("grid-league");
        league.addColumn(a -> tables.agency(a.agency(), getLocale())).setHeader(getTranslation("committee.col.agency"))
                .setAutoWidth(true).setFlexGrow(1).setKey("agency");
        league.addComponentColumn(a -> drill(String.valueOf(a.handled()), "handled-" + a.agency(), a.handled(),
                        getTranslation("committee.drill.handled", tables.agency(a.agency(), getLocale())), new Drill.Handled(a.agency())))
                .setHeader(getTranslation("committee.col.handled")).setKey("handled").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addColumn(a -> CommitteeTables.hours(a.waitingP50())).setHeader(getTranslation("committee.col.waitP50")).setKey("waitP50").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addColumn(a -> CommitteeTables.hours(a.waitingP90())).setHeader(getTranslation("committee.col.waitP90")).setKey("waitP90").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addColumn(a -> CommitteeTables.hours(a.workingP50())).setHeader(getTranslation("committee.col.workP50")).setKey("workP50").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addColumn(a -> CommitteeTables.hours(a.workingP90())).setHeader(getTranslation("committee.col.workP90")).setKey("workP90").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addComponentColumn(a -> drill(CommitteeTables.percent(a.onTimeRate()), "late-" + a.agency(), a.withDue() - a.onTime(),
                        getTranslation("committee.drill.late", tables.agency(a.agency(), getLocale())), new Drill.Late(a.agency())))
                .setHeader(getTranslation("committee.col.onTime")).setKey("onTime").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addComponentColumn(a -> drill(String.valueOf(a.backlog()), "backlog-" + a.agency(), a.backlog(),
                        getTranslation("committee.drill.backlog", tables.agency(a.agency(), getLocale())), new Drill.Backlog(a.agency())))
                .setHeader(getTranslation("committee.col.backlog")).setKey("backlog").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addColumn(a -> CommitteeTables.days(a.oldestOpen(), snapshot.now()))
                .setHeader(getTranslation("committee.col.oldest")).setKey("oldest").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.addComponentColumn(a -> drill(String.valueOf(a.supervisions()), "supervised-" + a.agency(), a.supervisions(),
                        getTranslation("committee.drill.supervised", tables.agency(a.agency(), getLocale())), new Drill.Supervised(a.agency())))
                .setHeader(getTranslation("committee.col.supervised")).setKey("supervised").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        league.setItems(snapshot.league());
        league.setAllRowsVisible(true);
        league.setEmptyStateText(getTranslation("committee.none"));
        ReportTable table = tables.league(snapshot, getLocale());
        leagueChart.update(bars(table.chart()), getTranslation("committee.league.chart"));
        leagueChart.setHeight(Math.max(200, 60 + 36 * table.chart().labels().size()) + "px");
        return new TitledSection("committee.league", new Paragraph(getTranslation("committee.league.help")), leagueChart, league);
    }

    private Component handoffSection() {
        handoffs.removeAllColumns();
        handoffs.setId("grid-handoffs");
        handoffs.addColumn(h -> tables.agency(h.fromAgency(), getLocale())).setHeader(getTranslation("committee.col.from")).setFlexGrow(1);
        handoffs.addColumn(h -> tables.agency(h.toAgency(), getLocale())).setHeader(getTranslation("committee.col.to")).setFlexGrow(1);
        handoffs.addComponentColumn(h -> drill(String.valueOf(h.count()), "handoff-" + h.fromAgency() + "-" + h.toAgency(), h.count(),
                        getTranslation("committee.drill.handoff", tables.agency(h.fromAgency(), getLocale()),
                                tables.agency(h.toAgency(), getLocale())), new Drill.HandedOver(h.fromAgency(), h.toAgency())))
                .setHeader(getTranslation("committee.col.cases")).setKey("cases").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        handoffs.addColumn(h -> CommitteeTables.hours(h.waitP50())).setHeader(getTranslation("committee.col.waitP50")).setKey("waitP50").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        handoffs.addColumn(h -> CommitteeTables.hours(h.waitP90())).setHeader(getTranslation("committee.col.waitP90")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        handoffs.setItems(snapshot.handoffs());
        handoffs.setAllRowsVisible(true);
        handoffs.setEmptyStateText(getTranslation("committee.none"));
        sankey.update(sankeyOption(snapshot.handoffs()), getTranslation("committee.handoffs.chart"));
        sankey.setHeight("360px");
        Div chart = new Div(sankey);
        chart.addClassName("committee-sankey");
        Div table = new Div(new H4(getTranslation("committee.handoffs.slowest")), handoffs);
        table.addClassName("committee-slowest");
        Div beside = new Div(chart, table);
        beside.addClassName("committee-beside");
        return new TitledSection("committee.handoffs", new Paragraph(getTranslation("committee.handoffs.help")), beside);
    }

    private Component heatmapSection() {
        heatmaps.removeAll();
        snapshot.activities().forEach((procedure, rows) -> heatmaps.add(heatmap(procedure, rows)));
        if (snapshot.activities().isEmpty()) {
            heatmaps.add(new Paragraph(getTranslation("committee.none")));
        }
        return new TitledSection("committee.heatmap", new Paragraph(getTranslation("committee.heatmap.help")), heatmaps);
    }

    private Component heatmap(Procedure procedure, List<ActivityFigures> rows) {
        Map<String, String> names = procedures.taskNames(procedure);
        double max = rows.stream().filter(r -> r.waitingP50() != null).mapToDouble(ActivityFigures::waitingP50).max().orElse(0);
        ArrayNode marks = JSON.createArrayNode();
        List<ActivityFigures> all = new ArrayList<>();
        for (String taskKey : names.keySet()) {
            ActivityFigures a = rows.stream().filter(r -> r.taskKey().equals(taskKey)).findFirst()
                    .orElse(new ActivityFigures(procedure.key(), taskKey, 0, null, null, 0));
            all.add(a);
            int band = a.waitingP50() == null || max <= 0 ? 0 : (int) Math.min(3, Math.ceil(3 * a.waitingP50() / max));
            marks.addObject().put("id", taskKey).put("band", Math.max(band, a.waitingP50() == null ? 0 : 1))
                    .put("text", getTranslation("committee.heatmap.label", CommitteeTables.hours(a.waitingP50()),
                            CommitteeTables.hours(a.waitingP90()), a.queue()));
        }
        HeatmapDiagram diagram = new HeatmapDiagram(procedures.diagramXml(procedure), marks.toString(),
                getTranslation("committee.heatmap.description", procedure.name()), getTranslation("committee.heatmap.failed"));
        diagram.setId("heatmap-" + procedure.key());
        Grid<ActivityFigures> grid = new Grid<>();
        grid.setId("grid-activities-" + procedure.key());
        grid.addColumn(a -> names.get(a.taskKey())).setHeader(getTranslation("committee.col.activity")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(a -> drill(String.valueOf(a.completed()), "done-" + procedure.key() + "-" + a.taskKey(), a.completed(),
                        getTranslation("committee.drill.activityDone", procedure.name(), names.get(a.taskKey())),
                        new Drill.ActivityDone(procedure.key(), a.taskKey())))
                .setHeader(getTranslation("committee.col.completed")).setKey("completed").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> CommitteeTables.hours(a.waitingP50())).setHeader(getTranslation("committee.col.waitP50")).setKey("waitP50").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> CommitteeTables.hours(a.waitingP90())).setHeader(getTranslation("committee.col.waitP90")).setKey("waitP90").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(a -> drill(String.valueOf(a.queue()), "queue-" + procedure.key() + "-" + a.taskKey(), a.queue(),
                        getTranslation("committee.drill.activityQueue", procedure.name(), names.get(a.taskKey())),
                        new Drill.ActivityQueue(procedure.key(), a.taskKey())))
                .setHeader(getTranslation("committee.col.queue")).setKey("queue").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        Div block = new Div(new H4(procedure.name()), diagram, grid);
        block.addClassName("committee-procedure");
        return block;
    }

    /** A count that opens the case numbers behind it; zero is plain text. */
    private Component drill(String text, String id, long count, String title, Drill drill) {
        if (count == 0) {
            return new com.vaadin.flow.component.html.Span(text);
        }
        Button button = new Button(text, e -> {
            List<String> cases = queries.cases(user, snapshot.scope(), drill);
            new DrillDialog(title, cases, user).open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("drill-" + id);
        button.getElement().setAttribute("aria-label", title + ": " + text);
        return button;
    }

    private void downloads() {
        downloads.removeAll();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = report.pdf(user, snapshot, periodLabel());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "committee-report-" + fileScope() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("committee.download.pdf"));
        pdf.setId("download-report");
        pdf.setDownload(true);
        downloads.add(pdf);
        for (ReportTable table : report.tables(user, snapshot, getLocale())) {
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = CsvExport.of(table);
                return new DownloadResponse(new ByteArrayInputStream(bytes), table.id() + "-" + fileScope() + ".csv",
                        "text/csv; charset=UTF-8", bytes.length);
            }), getTranslation("committee.download.csv", table.title()));
            csv.setId("download-csv-" + table.id());
            csv.setDownload(true);
            downloads.add(csv);
        }
    }

    private String fileScope() {
        Scope s = snapshot.scope();
        return s.from() + "_" + s.to();
    }

    private String bars(ReportTable.Bars chart) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("grid").put("left", 8).put("right", 48).put("top", 32).put("bottom", 8).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("xAxis").put("type", "value").put("name", chart.unit());
        ArrayNode labels = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        chart.labels().forEach(labels::add);
        ArrayNode series = option.putArray("series");
        String[] colours = {"#1565c0", "#e65100"};
        for (int s = 0; s < chart.seriesNames().size(); s++) {
            ObjectNode one = series.addObject().put("type", "bar").put("name", chart.seriesNames().get(s));
            one.putObject("itemStyle").put("color", colours[s % colours.length]);
            one.putObject("label").put("show", true).put("position", "right");
            ArrayNode data = one.putArray("data");
            for (double[] v : chart.values()) {
                data.add(v[s]);
            }
        }
        return option.toString();
    }

    /** Senders on the left, receivers on the right (a Sankey cannot loop back from B to A). */
    private String sankeyOption(List<Handoff> list) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject().put("type", "sankey").put("left", 8).put("right", 180)
                .put("nodeGap", 10).put("layoutIterations", 0);
        series.putObject("emphasis").put("focus", "adjacency");
        series.putObject("lineStyle").put("color", "gradient").put("opacity", 0.45);
        ArrayNode nodes = series.putArray("data");
        ArrayNode links = series.putArray("links");
        Function<String, String> from = code -> tables.agency(code, getLocale()) + " ▸";
        Function<String, String> to = code -> "▸ " + tables.agency(code, getLocale());
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Handoff h : list) {
            names.add(from.apply(h.fromAgency()));
        }
        for (Handoff h : list) {
            names.add(to.apply(h.toAgency()));
        }
        names.forEach(n -> nodes.addObject().put("name", n));
        for (Handoff h : list) {
            links.addObject().put("source", from.apply(h.fromAgency())).put("target", to.apply(h.toAgency()))
                    .put("value", h.count())
                    .put("name", getTranslation("committee.handoffs.link", h.count(), CommitteeTables.hours(h.waitP50())));
        }
        return option.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committee.title") + " · " + getTranslation("app.title");
    }
}
