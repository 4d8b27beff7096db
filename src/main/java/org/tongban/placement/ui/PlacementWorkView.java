package org.tongban.placement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongban.base.TitledSection;
import org.tongban.cases.CaseFact;
import org.tongban.cases.ui.CaseView;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.placement.PlacementOperations;
import org.tongban.placement.PlacementOverview;
import org.tongban.placement.PlacementOverview.Action;
import org.tongban.placement.PlacementOverviews;
import org.tongban.placement.PlacementReports;
import org.tongban.placement.PlacementReports.Recorded;
import org.tongban.placement.PostChoice;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * One placement case for HRSS and CDPF officers: what it is, its claims and records, and dialogs
 * to record what the employer or the public brings in (the employer has no account) and to choose
 * the post. Each action is offered only while the process waits for it; the server checks again.
 */
@Route("welfare-placement/cases/:caseNumber")
@RolesAllowed("OFFICER")
public class PlacementWorkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PlacementOverviews overviews;
    private final transient PlacementOperations operations;
    private final transient InboxService inbox;
    private final TongbanUser user = CurrentUser.require();
    private String caseNumber;
    private String title;

    public PlacementWorkView(PlacementOverviews overviews, PlacementOperations operations, InboxService inbox) {
        this.overviews = overviews;
        this.operations = operations;
        this.inbox = inbox;
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        refresh();
    }

    void refresh() {
        removeAll();
        add(new RouterLink(getTranslation("placement.work.back"), PlacementCasesView.class));
        overviews.of(user, caseNumber, getLocale()).ifPresentOrElse(this::render, () -> {
            title = getTranslation("placement.work.title");
            Paragraph none = new Paragraph(getTranslation("placement.work.notFound"));
            none.setId("placement-work-not-found");
            add(new H2(title), none);
        });
    }

    private void render(PlacementOverview o) {
        title = getTranslation("placement.work.caseTitle", o.caseNumber());
        H2 heading = new H2(title);
        heading.setId("placement-work-title");
        add(heading, new RouterLink(getTranslation("placement.work.caseLink"), CaseView.class, CaseView.route(o.caseNumber())),
                summary(o), actions(o), claims(o), events(o));
    }

    private Component summary(PlacementOverview o) {
        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "facts-compact");
        facts.setId("placement-work-summary");
        for (CaseFact fact : o.summary()) {
            facts.add(new DescriptionList.Term(fact.label()), new DescriptionList.Description(fact.value()));
        }
        return new TitledSection("placement.work.summary", facts);
    }

    private Component actions(PlacementOverview o) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("placement-work-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        for (Action action : o.actions()) {
            Button b = new Button(getTranslation("placement.work.action." + action), e -> open(action, o));
            b.setId("placement-action-" + action.name().toLowerCase(java.util.Locale.ROOT));
            bar.add(b);
        }
        if (o.actions().isEmpty()) {
            bar.add(new Paragraph(getTranslation("placement.work.noActions")));
        }
        return new TitledSection("placement.work.actions", bar);
    }

    private void open(Action action, PlacementOverview o) {
        switch (action) {
            case CLAIM -> claimDialog(o).open();
            case OBJECTION -> objectionDialog().open();
            case EXIT -> exitDialog().open();
            case ASSESSMENT -> assessmentDialog().open();
            case MATCH -> matchDialog(o).open();
        }
    }

    ReportDialog claimDialog(PlacementOverview o) {
        IntegerField months = new IntegerField(getTranslation("placement.claim.months"));
        Checkbox vouchers = new Checkbox(getTranslation("placement.claim.vouchers"));
        TextArea note = new TextArea(getTranslation("placement.claim.note"));
        ReportDialog d = new ReportDialog("placement-claim-dialog", getTranslation("placement.work.action.CLAIM"),
                () -> operations.recordClaim(user, caseNumber, new PlacementReports.Claim(months.getValue(),
                        vouchers.getValue(), note.getValue())),
                detail -> getTranslation("placement.claim.recorded", detail), this::refresh);
        months.setId("placement-claim-months");
        months.setMin(1);
        months.setMax(o.claimPeriodMonths());
        months.setStepButtonsVisible(true);
        months.setRequiredIndicatorVisible(true);
        vouchers.setId("placement-claim-vouchers");
        note.setId("placement-claim-note");
        note.setMaxLength(1000);
        Paragraph computed = new Paragraph();
        computed.setId("placement-claim-computed");
        computed.getElement().setAttribute("aria-live", "polite");
        months.addValueChangeListener(e -> computed.setText(e.getValue() == null ? "" : operations
                .previewClaim(user, caseNumber, e.getValue())
                .map(s -> getTranslation("placement.claim.computed", s.amount().toPlainString(), s.explained())).orElse("")));
        d.field("monthsWorked", months);
        d.text(computed);
        d.text(new Paragraph(getTranslation("placement.claim.formula")));
        d.field("vouchersChecked", vouchers);
        d.field("note", note);
        months.setValue(o.claimPeriodMonths());
        return d;
    }

    ReportDialog objectionDialog() {
        DatePicker received = new DatePicker(getTranslation("placement.objection.receivedOn"), LocalDate.now());
        TextArea summary = new TextArea(getTranslation("placement.objection.summary"));
        ReportDialog d = new ReportDialog("placement-objection-dialog", getTranslation("placement.work.action.OBJECTION"),
                () -> operations.recordObjection(user, caseNumber, new PlacementReports.Objection(received.getValue(),
                        summary.getValue())),
                detail -> getTranslation("placement.objection.recorded"), this::refresh);
        received.setId("placement-objection-received");
        received.setRequiredIndicatorVisible(true);
        summary.setId("placement-objection-summary");
        summary.setRequired(true);
        summary.setMaxLength(1000);
        d.field("receivedOn", received);
        d.field("summary", summary);
        return d;
    }

    ReportDialog exitDialog() {
        Select<String> reason = new Select<>();
        reason.setLabel(getTranslation("placement.exit.reason"));
        reason.setItems(PlacementReports.EXIT_REASONS);
        reason.setItemLabelGenerator(r -> getTranslation("placement.reason." + r));
        DatePicker left = new DatePicker(getTranslation("placement.exit.leftOn"));
        TextArea note = new TextArea(getTranslation("placement.exit.note"));
        ReportDialog d = new ReportDialog("placement-exit-dialog", getTranslation("placement.work.action.EXIT"),
                () -> operations.reportExit(user, caseNumber, new PlacementReports.Exit(reason.getValue(), left.getValue(),
                        note.getValue())),
                detail -> getTranslation("placement.exit.recorded")
                        + ("late".equals(detail) ? "（" + getTranslation("placement.exit.late") + "）" : ""), this::refresh);
        reason.setId("placement-exit-reason");
        left.setId("placement-exit-left");
        left.setRequiredIndicatorVisible(true);
        note.setId("placement-exit-note");
        note.setRequired(true);
        note.setMaxLength(1000);
        d.text(new Paragraph(getTranslation("placement.exit.help")));
        d.field("reason", reason);
        d.field("leftOn", left);
        d.field("note", note);
        return d;
    }

    ReportDialog assessmentDialog() {
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("placement.assessment.kind"));
        kind.setItems("YEARLY_ASSESSMENT", "SPOT_CHECK");
        kind.setItemLabelGenerator(k -> getTranslation("placement.event." + k));
        kind.setValue("YEARLY_ASSESSMENT");
        DatePicker on = new DatePicker(getTranslation("placement.assessment.on"), LocalDate.now());
        RadioButtonGroup<String> outcome = new RadioButtonGroup<>(getTranslation("placement.assessment.outcome"));
        outcome.setItems("PASSED", "FAILED");
        outcome.setItemLabelGenerator(v -> getTranslation("placement.outcome." + v));
        TextArea note = new TextArea(getTranslation("placement.assessment.note"));
        ReportDialog d = new ReportDialog("placement-assessment-dialog", getTranslation("placement.work.action.ASSESSMENT"),
                () -> operations.recordAssessment(user, caseNumber, new PlacementReports.Assessment(kind.getValue(),
                        on.getValue(), outcome.getValue(), note.getValue())),
                detail -> getTranslation(detail == null ? "placement.assessment.recorded" : "placement.assessment.recordedExit"),
                this::refresh);
        kind.setId("placement-assessment-kind");
        on.setId("placement-assessment-on");
        outcome.setId("placement-assessment-outcome");
        note.setId("placement-assessment-note");
        note.setMaxLength(1000);
        d.text(new Paragraph(getTranslation("placement.assessment.help")));
        d.field("kind", kind);
        d.field("on", on);
        d.field("outcome", outcome);
        d.field("note", note);
        return d;
    }

    /** The post picker: open posts of this year's plan; the match task is completed through the inbox. */
    ReportDialog matchDialog(PlacementOverview o) {
        List<PostChoice> choices = overviews.postChoices(user, caseNumber);
        ComboBox<PostChoice> post = new ComboBox<>(getTranslation("placement.match.post"));
        post.setItems(choices);
        post.setItemLabelGenerator(p -> getTranslation("placement.match.postLabel", p.title(), p.employer(),
                p.monthlyWage() == null ? "" : p.monthlyWage().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        post.setWidthFull();
        TextArea note = new TextArea(getTranslation("placement.match.note"));
        ReportDialog d = new ReportDialog("placement-match-dialog", getTranslation("placement.work.action.MATCH"),
                () -> match(o, post.getValue(), note.getValue()), detail -> getTranslation("placement.match.done"),
                this::refresh);
        post.setId("placement-match-post");
        post.setRequired(true);
        note.setId("placement-match-note");
        note.setRequired(true);
        note.setMaxLength(1000);
        if (choices.isEmpty()) {
            d.text(new Paragraph(getTranslation("placement.match.none")));
        }
        d.field("postId", post);
        d.field("matchNote", note);
        return d;
    }

    private Recorded match(PlacementOverview o, PostChoice post, String note) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("postId", post == null ? null : BigDecimal.valueOf(post.id()));
        values.put("matchNote", note);
        Outcome outcome = inbox.complete(user, o.matchTaskId(), values);
        if (outcome.done()) {
            return new Recorded(true, Map.of(), null);
        }
        if (!outcome.fieldErrors().isEmpty()) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            outcome.fieldErrors().forEach(e -> errors.putIfAbsent(e.field(), e.messageKey()));
            return new Recorded(true, errors, null);
        }
        throw new org.tongban.inbox.RuleRefusal(outcome.messageKey(), outcome.arguments().toArray());
    }

    private Component claims(PlacementOverview o) {
        if (o.claims().isEmpty()) {
            return new TitledSection("placement.work.claims", new Paragraph(getTranslation("placement.work.claims.none")));
        }
        Grid<PlacementOverview.ClaimLine> grid = new Grid<>();
        grid.setId("placement-work-claims");
        grid.addColumn(c -> c.periodStart() + " – " + c.periodEnd()).setHeader(getTranslation("placement.claim.col.period"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.monthsWorked() == null ? "" : c.monthsWorked().toString())
                .setHeader(getTranslation("placement.claim.col.months"));
        grid.addColumn(c -> money(c.computedAmount())).setHeader(getTranslation("placement.claim.col.computed"));
        grid.addColumn(c -> money(c.amount())).setHeader(getTranslation("placement.claim.col.amount"));
        grid.addColumn(c -> getTranslation("placement.claim.status." + c.status())).setHeader(getTranslation("placement.claim.col.status"));
        grid.addColumn(c -> c.reductionReason() == null ? "" : c.reductionReason())
                .setHeader(getTranslation("placement.claim.col.reduction"));
        grid.setItems(o.claims());
        grid.setAllRowsVisible(true);
        return new TitledSection("placement.work.claims", grid);
    }

    private Component events(PlacementOverview o) {
        UnorderedList list = new UnorderedList();
        list.setId("placement-work-events");
        if (o.events().isEmpty()) {
            list.add(new ListItem(getTranslation("placement.work.events.none")));
        }
        for (PlacementOverview.EventLine e : o.events()) {
            String code = e.code() == null ? "" : "　" + (e.code().equals("PASSED") || e.code().equals("FAILED")
                    ? getTranslation("placement.outcome." + e.code()) : getTranslation("placement.reason." + e.code()));
            list.add(new ListItem(e.date() + "　" + getTranslation("placement.event." + e.kind()) + code
                    + (e.late() ? "（" + getTranslation("placement.exit.late") + "）" : "")
                    + (e.note() == null ? "" : "：" + e.note()) + "　" + e.recordedBy()));
        }
        return new TitledSection("placement.work.events", list);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " · ") + getTranslation("app.title");
    }
}
