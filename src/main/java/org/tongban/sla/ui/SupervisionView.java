package org.tongban.sla.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.tongban.base.TitledSection;
import org.tongban.base.Chart;
import org.tongban.cases.ui.CaseView;
import org.tongban.inbox.BulkOutcome;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Organisation;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;
import org.tongban.sla.SlaExtensions;
import org.tongban.sla.SupervisionQueries;
import org.tongban.sla.SupervisionQueries.StateCounts;
import org.tongban.sla.SupervisionQueries.WatchedTask;
import org.tongban.sla.SupervisionQueries.WeekRate;
import org.tongban.sla.SupervisionQueries.Workload;

/**
 * The supervisor's monitor (督办监控) of their own agency: open tasks by SLA state, the overdue and
 * at-risk lists with who holds them, reassignment and extension, workload per officer and the
 * on-time rate of the last twelve weeks. Every chart has its figures in a list or table beside it.
 */
@Route("supervision")
@Menu(order = 2, icon = "vaadin:dashboard", title = "menu.supervision")
@RolesAllowed("SUPERVISOR")
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SupervisionQueries queries;
    private final transient InboxService inbox;
    private final transient SlaExtensions extensions;
    private final TongbanUser user = CurrentUser.require();
    private final String agencyName;

    final Grid<WatchedTask> overdue = watchedGrid("grid-overdue");
    final Grid<WatchedTask> atRisk = watchedGrid("grid-at-risk");
    final Grid<Workload> workload = new Grid<>();
    final Grid<WeekRate> weeks = new Grid<>();
    final Div counts = new Div();
    final Chart stateChart = new Chart("{}", "");
    final Chart workloadChart = new Chart("{}", "");
    final Chart weekChart = new Chart("{}", "");

    public SupervisionView(SupervisionQueries queries, InboxService inbox, SlaExtensions extensions,
            Organisation organisation) {
        this.queries = queries;
        this.inbox = inbox;
        this.extensions = extensions;
        this.agencyName = organisation.find(user.unitCode()).map(u -> u.name(getLocale())).orElse(user.unitCode());
        setMaxWidth("1400px");
        H2 title = new H2(getTranslation("supervision.title", agencyName));
        title.setId("supervision-title");
        counts.setId("supervision-counts");
        counts.addClassName("stat-row");
        add(title, new Paragraph(getTranslation("supervision.intro")),
                new TitledSection("supervision.byState", new Div(counts, stateChart)),
                new TitledSection("supervision.overdue", overdue, actions(overdue, "overdue")),
                new TitledSection("supervision.atRisk", atRisk, actions(atRisk, "at-risk")),
                new TitledSection("supervision.workload", new Div(workloadGrid(), workloadChart)),
                new TitledSection("supervision.onTime", new Div(weekGrid(), weekChart)));
        refresh();
    }

    /** Reads everything again, as of the engine's clock. */
    void refresh() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String agency = user.unitCode();
        StateCounts c = queries.counts(agency, now);
        counts.removeAll();
        counts.add(stat("count-on-track", "sla.ON_TRACK", c.onTrack()), stat("count-due-soon", "sla.DUE_SOON", c.dueSoon()),
                stat("count-overdue", "sla.OVERDUE", c.overdue()), stat("count-supervised", "supervision.supervised", c.supervised()));
        stateChart.update(stateOption(c), getTranslation("supervision.byState.chart", c.onTrack(), c.dueSoon(), c.overdue()));
        overdue.setItems(queries.overdue(agency, now));
        atRisk.setItems(queries.atRisk(agency, now));
        List<Workload> loads = queries.workload(agency, now);
        workload.setItems(loads);
        workloadChart.update(workloadOption(loads), getTranslation("supervision.workload.chart"));
        List<WeekRate> rates = queries.onTimeByWeek(agency, now, WEEKS);
        weeks.setItems(rates);
        weekChart.update(weekOption(rates), getTranslation("supervision.onTime.chart", WEEKS));
    }

    private Grid<WatchedTask> watchedGrid(String id) {
        Grid<WatchedTask> grid = new Grid<>();
        grid.setId(id);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(t -> new RouterLink(t.caseNumber() == null ? "—" : t.caseNumber(), CaseView.class,
                CaseView.route(t.caseNumber()))).setKey("case").setHeader(getTranslation("inbox.col.case")).setAutoWidth(true);
        grid.addColumn(WatchedTask::taskName).setHeader(getTranslation("inbox.col.task")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("task.unassigned") : inbox.displayName(t.assignee()))
                .setHeader(getTranslation("task.assignee")).setAutoWidth(true);
        grid.addColumn(t -> TIME.format(t.dueAt()) + (t.provisional() ? " " + getTranslation("supervision.provisional") : ""))
                .setHeader(getTranslation("task.due")).setAutoWidth(true);
        grid.addColumn(t -> (t.statutory() ? getTranslation("sla.statutory") : getTranslation("sla.default"))
                + (t.supervised() ? " · " + getTranslation("supervision.supervised") : ""))
                .setHeader(getTranslation("task.limit")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("supervision.none"));
        return grid;
    }

    private Component actions(Grid<WatchedTask> grid, String id) {
        ComboBox<User> colleague = new ComboBox<>(getTranslation("inbox.bulk.to"));
        colleague.setItems(inbox.colleagues(user));
        colleague.setItemLabelGenerator(u -> inbox.displayName(u.getId()));
        colleague.setId("reassign-to-" + id);
        Button reassign = new Button(getTranslation("supervision.reassign"), e -> {
            if (colleague.getValue() == null || grid.getSelectedItems().isEmpty()) {
                warn(getTranslation("supervision.reassign.choose"));
                return;
            }
            BulkOutcome outcome = inbox.bulkAssign(user, ids(grid.getSelectedItems()), colleague.getValue().getId());
            Notification.show(getTranslation("inbox.bulk.result", outcome.done(), outcome.skipped()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        reassign.setId("reassign-" + id);
        Button extend = new Button(getTranslation("supervision.extend"), e -> {
            if (grid.getSelectedItems().size() != 1) {
                warn(getTranslation("supervision.extend.chooseOne"));
                return;
            }
            openExtension(grid.getSelectedItems().iterator().next());
        });
        extend.setId("extend-" + id);
        HorizontalLayout bar = new HorizontalLayout(colleague, reassign, extend);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void openExtension(WatchedTask task) {
        Dialog dialog = new Dialog();
        dialog.setId("dialog-extend");
        dialog.setHeaderTitle(getTranslation("supervision.extend.title", task.caseNumber(), task.taskName()));
        IntegerField amount = new IntegerField(getTranslation("supervision.extend.amount"));
        amount.setMin(1);
        amount.setMax(30);
        amount.setStepButtonsVisible(true);
        amount.setValue(1);
        amount.setId("extend-amount");
        TextArea reason = new TextArea(getTranslation("supervision.extend.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("extend-reason");
        Button ok = new Button(getTranslation("task.confirm"), e -> {
            Outcome outcome = extensions.extend(user, task.taskId(), amount.getValue() == null ? 0 : amount.getValue(),
                    reason.getValue());
            Notification n = Notification.show(getTranslation(outcome.messageKey(), outcome.arguments().toArray()),
                    outcome.done() ? 4000 : 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
            if (outcome.done()) {
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("extend-ok");
        dialog.add(new VerticalLayout(amount, reason));
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()), ok);
        dialog.open();
        reason.focus();
    }

    private Component workloadGrid() {
        workload.setId("grid-workload");
        workload.addColumn(w -> w.assignee() == null ? getTranslation("task.unassigned") : inbox.displayName(w.assignee()))
                .setHeader(getTranslation("task.assignee"));
        workload.addColumn(Workload::open).setHeader(getTranslation("supervision.open"));
        workload.addColumn(Workload::overdue).setHeader(getTranslation("sla.OVERDUE"));
        workload.setAllRowsVisible(true);
        workload.setEmptyStateText(getTranslation("supervision.none"));
        return workload;
    }

    private Component weekGrid() {
        weeks.setId("grid-weeks");
        weeks.addColumn(w -> getTranslation("supervision.weekOf", w.weekStart().toString()))
                .setHeader(getTranslation("supervision.week"));
        weeks.addColumn(WeekRate::completed).setHeader(getTranslation("supervision.completed"));
        weeks.addColumn(WeekRate::onTime).setHeader(getTranslation("supervision.completedOnTime"));
        weeks.addColumn(w -> w.rate() == null ? "—" : Math.round(w.rate() * 100) + "%")
                .setHeader(getTranslation("supervision.rate"));
        weeks.setAllRowsVisible(true);
        return weeks;
    }

    private String stateOption(StateCounts c) {
        ObjectNode option = base();
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.add(getTranslation("sla.ON_TRACK")).add(getTranslation("sla.DUE_SOON")).add(getTranslation("sla.OVERDUE"));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ObjectNode series = option.putArray("series").addObject().put("type", "bar");
        series.putObject("label").put("show", true).put("position", "top");
        ArrayNode data = series.putArray("data");
        bar(data, c.onTrack(), "#2e7d32");
        bar(data, c.dueSoon(), "#b26a00");
        bar(data, c.overdue(), "#c62828");
        return option.toString();
    }

    private String workloadOption(List<Workload> loads) {
        ObjectNode option = base();
        ArrayNode names = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        option.putObject("legend").put("top", 0);
        ArrayNode open = stacked(option, getTranslation("supervision.open"), "#1565c0");
        ArrayNode late = stacked(option, getTranslation("sla.OVERDUE"), "#c62828");
        for (Workload w : loads) {
            names.add(w.assignee() == null ? getTranslation("task.unassigned") : inbox.displayName(w.assignee()));
            open.add(w.open() - w.overdue());
            late.add(w.overdue());
        }
        return option.toString();
    }

    private String weekOption(List<WeekRate> rates) {
        ObjectNode option = base();
        ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100)
                .putObject("axisLabel").put("formatter", "{value}%");
        ObjectNode series = option.putArray("series").addObject().put("type", "line").put("connectNulls", false)
                .put("name", getTranslation("supervision.rate"));
        series.putObject("itemStyle").put("color", "#1565c0");
        series.putObject("label").put("show", true).put("formatter", "{c}%");
        ArrayNode data = series.putArray("data");
        for (WeekRate r : rates) {
            days.add(DAY.format(r.weekStart()));
            if (r.rate() == null) {
                data.addNull();
            } else {
                data.add(Math.round(r.rate() * 100));
            }
        }
        return option.toString();
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("grid").put("left", 48).put("right", 24).put("top", 32).put("bottom", 32).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "axis");
        return option;
    }

    private static void bar(ArrayNode data, int value, String colour) {
        ObjectNode item = data.addObject().put("value", value);
        item.putObject("itemStyle").put("color", colour);
    }

    private static ArrayNode stacked(ObjectNode option, String name, String colour) {
        ArrayNode series = option.has("series") ? (ArrayNode) option.get("series") : option.putArray("series");
        ObjectNode s = series.addObject().put("type", "bar").put("stack", "total").put("name", name);
        s.putObject("itemStyle").put("color", colour);
        return s.putArray("data");
    }

    private Component stat(String id, String labelKey, int value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        Div stat = new Div(number, label);
        stat.addClassName("stat");
        stat.setId(id);
        return stat;
    }

    private static List<String> ids(Set<WatchedTask> selected) {
        return selected.stream().map(WatchedTask::taskId).toList();
    }

    private void warn(String message) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title", agencyName) + " · " + getTranslation("app.title");
    }
}
