package org.tongban.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.base.TitledSection;
import org.springframework.beans.factory.ObjectProvider;
import org.tongban.cases.CaseAction;
import org.tongban.cases.CaseActions;
import org.tongban.cases.CaseDirectory;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseRecord;
import org.tongban.cases.CaseSummaryProvider;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.ui.DocumentDownload;
import org.tongban.inbox.CaseTimeline;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.ui.InboxView;
import org.tongban.inbox.ui.SlaBadge;
import org.tongban.inbox.ui.TaskView;
import org.tongban.inbox.ui.TimelineList;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitNames;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * A case, read-only, for the agencies that hold or held a task on it: summary, open tasks,
 * documents and history. A case the user may not see looks exactly like one that does not exist.
 */
@Route("cases/:caseNumber")
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final transient CaseDirectory directory;
    private final transient Map<String, CaseSummaryProvider> summaries;
    private final transient ObjectProvider<CaseActions> actions;
    private final transient DocumentService documents;
    private final transient CaseTimeline timeline;
    private final transient InboxQueries inbox;
    private final transient InboxService inboxService;
    private final transient Organisation organisation;
    private final TongbanUser user = CurrentUser.require();
    private transient UnitNames unitNames;
    private String title;

    public CaseView(CaseDirectory directory, List<CaseSummaryProvider> summaries, DocumentService documents,
            CaseTimeline timeline, InboxQueries inbox, InboxService inboxService, Organisation organisation,
            ObjectProvider<CaseActions> actions) {
        this.directory = directory;
        this.actions = actions;
        this.summaries = summaries.stream().collect(Collectors.toMap(CaseSummaryProvider::processKey, Function.identity()));
        this.documents = documents;
        this.timeline = timeline;
        this.inbox = inbox;
        this.inboxService = inboxService;
        this.organisation = organisation;
        setMaxWidth("1200px");
    }

    /** The route to a case, for links from lists and monitors. */
    public static RouteParameters route(String caseNumber) {
        return new RouteParameters("caseNumber", caseNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        directory.open(user, caseNumber).ifPresentOrElse(this::render, this::showNotFound);
    }

    private void showNotFound() {
        title = getTranslation("case.notFound.title");
        H2 heading = new H2(title);
        heading.setId("case-not-found");
        add(heading, new Paragraph(getTranslation("case.notFound.text")),
                new RouterLink(getTranslation("task.backToInbox"), InboxView.class));
    }

    private void render(CaseRecord found) {
        title = getTranslation("procedure." + found.processKey()) + " · " + found.caseNumber();
        H2 heading = new H2(title);
        heading.setId("case-title");
        Span state = new Span(getTranslation(found.open() ? "case.state.open" : "case.state.closed"));
        state.getElement().getThemeList().add(found.open() ? "badge" : "badge success");
        state.setId("case-state");
        add(new RouterLink(getTranslation("task.backToInbox"), InboxView.class), heading, state,
                summary(found), openTasks(found), documentList(found), history(found));
        actions(found);
    }

    /** The procedure's actions this user may take on the case (e.g. record an objection), if any. */
    private void actions(CaseRecord found) {
        List<CaseAction> offered = actions.orderedStream().filter(a -> a.processKey().equals(found.processKey()))
                .flatMap(a -> a.actions(user, found.caseNumber(), getLocale()).stream()).toList();
        if (offered.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("case-actions");
        for (CaseAction action : offered) {
            Anchor link = new Anchor(action.href(), action.label());
            link.setId(action.id());
            list.add(new ListItem(link));
        }
        addComponentAtIndex(4, new TitledSection("case.actions", list));
    }

    private Component summary(CaseRecord found) {
        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "facts-compact");
        facts.setId("case-summary");
        term(facts, getTranslation("inbox.col.case"), found.caseNumber());
        term(facts, getTranslation("case.started"), TIME.format(found.startedAt().atZone(ZONE)));
        if (!found.open()) {
            term(facts, getTranslation("case.ended"), TIME.format(found.endedAt().atZone(ZONE)));
        }
        CaseSummaryProvider provider = summaries.get(found.processKey());
        if (provider != null) {
            for (CaseFact fact : provider.summary(found.caseNumber(), getLocale())) {
                term(facts, fact.label(), fact.value());
            }
        }
        return new TitledSection("case.summary", facts);
    }

    private Component openTasks(CaseRecord found) {
        UnorderedList list = new UnorderedList();
        list.setId("case-open-tasks");
        List<InboxRow> open = inbox.openTasksOfCase(found.processInstanceId());
        if (open.isEmpty()) {
            list.add(new ListItem(getTranslation("case.noOpenTasks")));
        }
        Locale locale = getLocale();
        for (InboxRow row : open) {
            String name = row.taskName() == null ? row.taskDefinitionKey() : row.taskName();
            Component label = user.unitCode().equals(row.agency())
                    ? new RouterLink(name, TaskView.class, new RouteParameters("id", row.taskId()))
                    : new Span(name);
            list.add(new ListItem(label, new Span("　" + unitName(row.agency(), locale) + "　"),
                    new SlaBadge(row.slaState(), row.dueAt())));
        }
        return new TitledSection("case.openTasks", list);
    }

    private Component documentList(CaseRecord found) {
        UnorderedList list = new UnorderedList();
        list.setId("case-documents");
        List<IssuedDocument> issued = documents.ofCase(found.caseNumber());
        if (issued.isEmpty()) {
            list.add(new ListItem(getTranslation("case.noDocuments")));
        }
        String viewer = user.username();
        String caseNumber = found.caseNumber();
        for (IssuedDocument document : issued) {
            // The case was checked when the page opened; a download must be for this case and this user.
            list.add(new ListItem(new DocumentDownload(documents, document,
                    (u, d) -> viewer.equals(u.username()) && caseNumber.equals(d.caseNumber())),
                    new Span("　" + TIME.format(document.issuedAt()))));
        }
        return new TitledSection("case.documents", list);
    }

    private Component history(CaseRecord found) {
        Locale locale = getLocale();
        TimelineList list = new TimelineList(timeline.of(found.processInstanceId()), inboxService::displayName,
                code -> unitName(code, locale));
        list.setId("case-timeline");
        return new TitledSection("task.timeline", list);
    }

    private void term(DescriptionList list, String label, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
        }
    }

    private String unitName(String code, Locale locale) {
        if (unitNames == null) {
            unitNames = new UnitNames(organisation, locale);
        }
        return unitNames.of(code);
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " · ") + getTranslation("app.title");
    }
}
