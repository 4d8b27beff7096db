package org.tongban.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.camunda.bpm.engine.identity.User;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongban.inbox.InboxFilter;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.BulkOutcome;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.TaskDeadlines;
import org.tongban.inbox.InboxTab;
import org.tongban.inbox.SlaState;
import org.tongban.organisation.OrgUnit;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.Role;
import org.tongban.organisation.UnitKind;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The officer's inbox: my tasks, my agency's queue, cases we cooperate on, and what I finished,
 * each filterable and sorted by due date, read lazily from the projection.
 */
@Route("inbox")
@Menu(order = 1, icon = "vaadin:inbox", title = "menu.inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient InboxQueries queries;
    private final transient Organisation organisation;
    private final transient Map<String, OrgUnit> units;
    private final List<String> procedures;
    private final TongbanUser user = CurrentUser.require();
    private final Tabs tabs = new Tabs();
    private final Map<InboxTab, Tab> tabOf = new EnumMap<>(InboxTab.class);
    /** The deadlines of the page on screen, read once per page so paused and provisional ones show. */
    private transient Map<String, TaskDeadlines.TaskDeadline> pageDeadlines = Map.of();
    private final Grid<InboxRow> grid = new Grid<>();
    private final Select<String> procedure = new Select<>();
    private final Select<SlaState> sla = new Select<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final TextField text = new TextField();
    private InboxTab current = InboxTab.MINE;
    private final transient InboxService service;
    private final HorizontalLayout bulkBar = new HorizontalLayout();

    public InboxView(InboxQueries queries, InboxService service, Organisation organisation) {
        this.queries = queries;
        this.organisation = organisation;
        this.units = organisation.all().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        this.procedures = service.procedures();
        this.service = service;
        buildBulkBar();
        setSizeFull();
        H2 title = new H2(getTranslation("inbox.title"));
        title.getStyle().set("margin", "0");

        for (InboxTab tab : InboxTab.values()) {
            Tab t = new Tab(getTranslation("inbox.tab." + tab.name()));
            t.setId("tab-" + tab.name().toLowerCase());
            tabOf.put(tab, t);
            tabs.add(t);
        }
        tabs.addSelectedChangeListener(e -> {
            current = tabOf.entrySet().stream().filter(en -> en.getValue() == e.getSelectedTab())
                    .map(Map.Entry::getKey).findFirst().orElse(InboxTab.MINE);
            configureColumns();
            refresh();
        });

        add(title, tabs, filters(), bulkBar, grid);
        bulkBar.setVisible(false);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("inbox.grid.label"));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setId("inbox-grid");
        configureColumns();
        refresh();
    }

    private HorizontalLayout filters() {
        Locale locale = getLocale();
        procedure.setLabel(getTranslation("inbox.filter.procedure"));
        procedure.setItems(procedures);
        procedure.setEmptySelectionAllowed(true);
        procedure.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        procedure.setItemLabelGenerator(key -> key == null ? getTranslation("inbox.filter.any") : procedureName(key));
        procedure.setId("filter-procedure");

        sla.setLabel(getTranslation("inbox.filter.sla"));
        sla.setItems(SlaState.OVERDUE, SlaState.DUE_SOON, SlaState.ON_TRACK, SlaState.NONE);
        sla.setEmptySelectionAllowed(true);
        sla.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        sla.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.filter.any") : getTranslation("sla." + s.name()));
        sla.setId("filter-sla");

        unit.setLabel(getTranslation("inbox.filter.unit"));
        unit.setItems(organisation.ofKind(UnitKind.GRASSROOTS));
        unit.setItemLabelGenerator(u -> u.name(locale));
        unit.setClearButtonVisible(true);
        unit.setId("filter-unit");

        text.setLabel(getTranslation("inbox.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("filter-text");
        text.setWidth("18em");

        procedure.addValueChangeListener(e -> refresh());
        sla.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(procedure, sla, unit, text);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /** Supervisors claim or hand out several queued tasks at once. */
    private void buildBulkBar() {
        if (!user.has(Role.SUPERVISOR)) {
            return;
        }
        Button claim = new Button(getTranslation("inbox.bulk.claim"), e -> report(
                service.bulkClaim(user, selectedIds())));
        claim.setId("bulk-claim");
        ComboBox<User> colleague = new ComboBox<>(getTranslation("inbox.bulk.to"));
        colleague.setItems(service.colleagues(user));
        colleague.setItemLabelGenerator(u -> service.displayName(u.getId()) + "（" + u.getId() + "）");
        colleague.setId("bulk-colleague");
        Button assign = new Button(getTranslation("inbox.bulk.assign"), e -> {
            if (colleague.getValue() != null) {
                report(service.bulkAssign(user, selectedIds(), colleague.getValue().getId()));
            } else {
                colleague.setInvalid(true);
                colleague.setErrorMessage(getTranslation("task.error.notColleague"));
            }
        });
        assign.setId("bulk-assign");
        bulkBar.add(claim, colleague, assign);
        bulkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private List<String> selectedIds() {
        return grid.getSelectedItems().stream().map(InboxRow::taskId).toList();
    }

    private void report(BulkOutcome outcome) {
        Notification n = Notification.show(getTranslation("inbox.bulk.result", outcome.done(), outcome.skipped()),
                5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(outcome.skipped() == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        grid.deselectAll();
        refresh();
    }

    private void configureColumns() {
        boolean bulk = current == InboxTab.QUEUE && user.has(Role.SUPERVISOR);
        grid.setSelectionMode(bulk ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        bulkBar.setVisible(bulk);
        grid.removeAllColumns();
        Locale locale = getLocale();
        if (current == InboxTab.DONE) {
            grid.addColumn(r -> r.completedAt() == null ? "" : TIME.format(r.completedAt()))
                    .setHeader(getTranslation("inbox.col.completed")).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addComponentColumn(r -> new SlaBadge(r.slaState(), r.dueAt(), pageDeadlines.get(r.taskId())))
                    .setHeader(getTranslation("inbox.col.due")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(this::taskLink).setHeader(getTranslation("inbox.col.task")).setFlexGrow(2);
        grid.addColumn(InboxRow::caseNumber).setHeader(getTranslation("inbox.col.case")).setAutoWidth(true);
        grid.addColumn(r -> procedureName(r.processKey())).setHeader(getTranslation("inbox.col.procedure")).setAutoWidth(true);
        grid.addColumn(r -> r.applicantMasked() == null ? "" : r.applicantMasked())
                .setHeader(getTranslation("inbox.col.applicant")).setAutoWidth(true);
        grid.addColumn(r -> unitName(r.grassRootsUnit(), locale)).setHeader(getTranslation("inbox.col.unit")).setAutoWidth(true);
        if (current != InboxTab.DONE) {
            grid.addColumn(r -> unitName(r.leadAgency(), locale)).setHeader(getTranslation("inbox.col.lead")).setAutoWidth(true);
        }
        grid.addColumn(r -> unitName(r.agency(), locale)).setHeader(getTranslation("inbox.col.agency")).setAutoWidth(true);
        if (current == InboxTab.MINE || current == InboxTab.COOPERATING) {
            grid.addColumn(r -> r.assignee() == null ? getTranslation("task.unassigned") : r.assignee())
                    .setHeader(getTranslation("inbox.col.assignee")).setAutoWidth(true);
        }
        if (current != InboxTab.DONE) {
            grid.addColumn(r -> r.createdAt() == null ? "" : TIME.format(r.createdAt()))
                    .setHeader(getTranslation("inbox.col.created")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
    }

    /** The task name; a link to the task where the user may work on it (not for others' tasks or done ones). */
    private com.vaadin.flow.component.Component taskLink(InboxRow r) {
        String name = r.taskName() == null ? r.taskDefinitionKey() : r.taskName();
        if (current == InboxTab.MINE || current == InboxTab.QUEUE) {
            RouterLink link = new RouterLink(name, TaskView.class, new RouteParameters("id", r.taskId()));
            link.getElement().setAttribute("aria-label", getTranslation("inbox.open", name + " " + nullToEmpty(r.caseNumber())));
            return link;
        }
        return new Span(name);
    }

    private InboxFilter filter() {
        return new InboxFilter(procedure.getValue(), sla.getValue(),
                unit.getValue() == null ? null : unit.getValue().getCode(), text.getValue());
    }

    private void refresh() {
        InboxFilter filter = filter();
        InboxTab tab = current;
        grid.setItems(q -> {
            List<InboxRow> page = queries.page(user, tab, filter, q.getOffset(), q.getLimit());
            if (tab != InboxTab.DONE) {
                pageDeadlines = service.deadlines(page.stream().map(InboxRow::taskId).toList());
            }
            return page.stream();
        }, q -> queries.count(user, tab, filter));
        queries.counts(user, filter).forEach((t, n) ->
                tabOf.get(t).setLabel(getTranslation("inbox.tab.count", getTranslation("inbox.tab." + t.name()), n)));
    }

    private String procedureName(String processKey) {
        return getTranslation("procedure." + processKey);
    }

    private String unitName(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        OrgUnit unit = units.get(code);
        return unit == null ? code : unit.name(locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The grid, for tests. */
    Grid<InboxRow> grid() {
        return grid;
    }

    void show(InboxTab tab) {
        tabs.setSelectedTab(tabOf.get(tab));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.title");
    }

    static void open() {
        UI.getCurrent().navigate(InboxView.class);
    }
}
