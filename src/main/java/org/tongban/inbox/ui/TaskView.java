package org.tongban.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.tongban.base.TitledSection;
import org.tongban.base.BpmnDiagram;
import org.tongban.forms.CamundaFormView;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.inbox.TaskDeadlines;
import org.tongban.inbox.TaskDetails;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitNames;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * One task: the case summary, the task's form and what the user can do with it, and the case's
 * history. A task the user may not see looks exactly like one that does not exist.
 */
@Route("tasks/:id")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient InboxService inbox;
    private final transient Organisation organisation;
    private final transient java.util.List<TaskPanel> panels;
    private final TongbanUser user = CurrentUser.require();
    private String taskId;
    private TaskDetails details;
    private CamundaFormView form;
    private String title;
    private transient UnitNames unitNames;

    public TaskView(InboxService inbox, Organisation organisation,
            org.springframework.beans.factory.ObjectProvider<TaskPanel> panels) {
        this.inbox = inbox;
        this.panels = panels.orderedStream().toList();
        this.organisation = organisation;
        setMaxWidth("1400px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("id").orElse("");
        Optional<TaskDetails> found = inbox.open(user, taskId);
        removeAll();
        if (found.isEmpty()) {
            showNotFound();
            return;
        }
        details = found.get();
        render();
    }

    private void showNotFound() {
        title = getTranslation("task.notFound.title");
        H2 heading = new H2(title);
        heading.setId("task-not-found");
        add(heading, new Paragraph(getTranslation("task.notFound.text")),
                new RouterLink(getTranslation("task.backToInbox"), InboxView.class));
    }

    private void render() {
        InboxRow row = details.row();
        title = (row.taskName() == null ? row.taskDefinitionKey() : row.taskName())
                + (row.caseNumber() == null ? "" : " · " + row.caseNumber());
        H2 heading = new H2(title);
        heading.setId("task-title");
        Div work = new Div();
        boolean editable = details.row().assignee() == null || user.username().equals(details.row().assignee());
        panels.forEach(p -> p.create(details.row(), user, editable).ifPresent(work::add));
        work.add(formSection(), actions(), attachments());
        work.addClassName("task-work");
        Div context = new Div(summary(row), diagram(row), timeline());
        context.addClassName("task-context");
        Div columns = new Div(work, context);
        columns.addClassName("task-columns");
        add(new RouterLink(getTranslation("task.backToInbox"), InboxView.class), heading,
                new SlaBadge(row.slaState(), row.dueAt(), details.deadline()), columns);
    }

    private Component summary(InboxRow row) {
        Locale locale = getLocale();
        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "facts-compact");
        facts.setId("task-summary");
        if (row.caseNumber() != null) {
            // The case page (documents, history, the procedure's actions such as recording an objection).
            Anchor caseLink = new Anchor("cases/" + row.caseNumber(), row.caseNumber());
            caseLink.setId("task-case-link");
            facts.add(new DescriptionList.Term(getTranslation("inbox.col.case")), new DescriptionList.Description(caseLink));
        }
        term(facts, "inbox.col.procedure", getTranslation("procedure." + row.processKey()));
        term(facts, "inbox.col.applicant", row.applicantMasked());
        term(facts, "inbox.col.unit", unitName(row.grassRootsUnit(), locale));
        term(facts, "task.lead", unitName(row.leadAgency(), locale));
        term(facts, "task.agency", unitName(row.agency(), locale));
        term(facts, "task.assignee", row.assignee() == null ? getTranslation("task.unassigned") : inbox.displayName(row.assignee()));
        term(facts, "task.due", row.dueAt() == null ? getTranslation("sla.NONE") : TIME.format(row.dueAt()));
        TaskDeadlines.TaskDeadline deadline = details.deadline();
        if (deadline != null) {
            term(facts, "task.limit", getTranslation("sla.limit." + deadline.limitUnit(), deadline.limitAmount())
                    + "（" + getTranslation(deadline.statutory() ? "sla.statutory" : "sla.default") + "）");
            term(facts, "task.limitSource", deadline.reference());
            if (deadline.provisional()) {
                term(facts, "task.provisional", getTranslation("sla.provisional.text"));
            }
            if (deadline.paused()) {
                term(facts, "task.paused", getTranslation("sla.paused.text"));
            }
        }
        return new TitledSection("task.summary", facts);
    }

    private void term(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private Component formSection() {
        if (details.form().fields().isEmpty()) {
            return new TitledSection("task.form", new Paragraph(getTranslation("task.noForm")));
        }
        form = new CamundaFormView(details.form(), details.values());
        form.setId("task-form");
        boolean mine = user.username().equals(details.row().assignee());
        form.setReadOnly(!mine && details.row().assignee() != null);
        return new TitledSection("task.form", form);
    }

    private Component actions() {
        InboxRow row = details.row();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("task-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        boolean mine = user.username().equals(row.assignee());
        if (row.assignee() == null) {
            bar.add(button("task.claim", "claim", ButtonVariant.LUMO_CONTRAST, () -> inbox.claim(user, taskId), true));
        }
        if (mine || row.assignee() == null) {
            TextArea breachReason = breachReason();
            Button complete = button("task.complete", "complete", ButtonVariant.LUMO_PRIMARY,
                    () -> inbox.complete(user, taskId, form == null ? java.util.Map.of() : form.values(),
                            breachReason == null ? null : breachReason.getValue()), false);
            if (breachReason != null) {
                bar.add(breachReason);
            }
            bar.add(complete);
            if (details.returnable()) {
                bar.add(dialogButton("task.return", "return", "task.return.reason", null,
                        (colleague, reason) -> inbox.returnForCorrection(user, taskId, reason)));
            }
        }
        if (mine) {
            bar.add(button("task.unclaim", "unclaim", ButtonVariant.LUMO_TERTIARY, () -> inbox.unclaim(user, taskId), true));
            bar.add(dialogButton("task.delegate", "delegate", "task.delegate.reason", inbox.colleagues(user),
                    (colleague, reason) -> inbox.delegate(user, taskId, colleague, reason)));
        }
        bar.add(dialogButton("task.comment", "comment", "task.comment.text", null,
                (colleague, text) -> inbox.comment(user, taskId, text)));
        return new TitledSection("task.actions", bar);
    }

    /** Past a statutory limit the officer must say why (common.md §2); null when not needed. */
    private TextArea breachReason() {
        TaskDeadlines.TaskDeadline deadline = details.deadline();
        if (deadline == null || !deadline.needsReason(ClockUtil.getCurrentTime().toInstant())) {
            return null;
        }
        TextArea reason = new TextArea(getTranslation("task.breachReason"));
        reason.setId("breach-reason");
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("task.breachReason.help"));
        reason.setWidthFull();
        return reason;
    }

    private Button button(String key, String id, ButtonVariant variant, Supplier<Outcome> action, boolean reload) {
        Button b = new Button(getTranslation(key), e -> handle(action.get(), reload));
        b.addThemeVariants(variant);
        b.setId("action-" + id);
        return b;
    }

    private interface DialogAction {
        Outcome run(String colleague, String text);
    }

    /** A button opening a dialog that asks for a text (and, for a hand-over, a colleague). */
    private Button dialogButton(String key, String id, String textKey, java.util.List<User> colleagues, DialogAction action) {
        Button open = new Button(getTranslation(key));
        open.setId("action-" + id);
        open.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key));
            dialog.setId("dialog-" + id);
            VerticalLayout content = new VerticalLayout();
            ComboBox<User> colleague = new ComboBox<>(getTranslation("task.delegate.to"));
            if (colleagues != null) {
                colleague.setItems(colleagues);
                colleague.setItemLabelGenerator(u -> inbox.displayName(u.getId()) + "（" + u.getId() + "）");
                colleague.setRequired(true);
                colleague.setWidthFull();
                content.add(colleague);
            }
            TextArea text = new TextArea(getTranslation(textKey));
            text.setWidthFull();
            text.setRequired(true);
            text.setMaxLength(1000);
            content.add(text);
            dialog.add(content);
            Button ok = new Button(getTranslation("task.confirm"), click -> {
                Outcome outcome = action.run(colleague.getValue() == null ? null : colleague.getValue().getId(), text.getValue());
                if (outcome.done()) {
                    dialog.close();
                }
                handle(outcome, true);
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ok.setId("dialog-ok");
            Button cancel = new Button(getTranslation("task.cancel"), click -> dialog.close());
            dialog.getFooter().add(cancel, ok);
            dialog.open();
            text.focus();
        });
        return open;
    }

    /** Tells the user what happened; a refusal keeps the page (and what was typed) as it is. */
    private void handle(Outcome outcome, boolean reloadOnSuccess) {
        String message = getTranslation(outcome.messageKey(), outcome.arguments().toArray());
        Notification n = Notification.show(message, outcome.done() ? 3000 : 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        if (!outcome.fieldErrors().isEmpty() && form != null) {
            form.showErrors(outcome.fieldErrors());
        }
        if (outcome.done()) {
            Optional<TaskDetails> fresh = reloadOnSuccess ? inbox.open(user, taskId) : Optional.empty();
            if (fresh.isPresent()) {
                details = fresh.get();
                removeAll();
                render();
            } else {
                UI.getCurrent().navigate(InboxView.class);
            }
        }
    }

    private Component attachments() {
        UnorderedList list = new UnorderedList();
        list.setId("task-attachments");
        var files = inbox.attachments(user, taskId);
        if (files.isEmpty()) {
            list.add(new ListItem(getTranslation("task.attachments.none")));
        }
        for (var file : files) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> inbox.download(user, taskId, file.id())
                    .map(bytes -> new DownloadResponse(new java.io.ByteArrayInputStream(bytes), file.name(),
                            file.mimeType(), bytes.length))
                    .orElseGet(() -> DownloadResponse.error(404))), file.name());
            link.setDownload(true);
            // A procedure's label (e.g. photo before the works) is a translation key of that procedure.
            String label = file.label() == null ? "" : "　" + getTranslation(file.label());
            list.add(new ListItem(link, new Span(label + (file.at() == null ? "" : "　" + TIME.format(file.at())))));
        }
        long maxMb = inbox.attachmentMaxBytes() / (1024 * 1024);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                handle(inbox.attach(user, taskId, metadata.fileName(), bytes), true))));
        upload.setId("task-upload");
        upload.setMaxFileSize((int) inbox.attachmentMaxBytes());
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        return new TitledSection("task.attachments", new Div(list, new Paragraph(getTranslation("task.attachments.hint", maxMb)), upload));
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.error.size"))
                .setIncorrectFileType(getTranslation("upload.error.type")).setTooManyFiles(getTranslation("upload.error.type")));
        return i18n;
    }

    private Component diagram(InboxRow row) {
        if (details.diagram().bpmnXml() == null) {
            return new Div();
        }
        String where = getTranslation("task.diagram.current", row.taskName() == null ? row.taskDefinitionKey() : row.taskName(),
                unitName(row.agency(), getLocale()));
        BpmnDiagram picture = new BpmnDiagram(details.diagram().bpmnXml(), details.diagram().currentActivities(),
                "current-task", getTranslation("task.diagram.label") + "：" + where, getTranslation("task.diagram.failed"));
        picture.setId("task-diagram");
        return new TitledSection("task.diagram", new Div(picture, new Paragraph(where)));
    }

    private Component timeline() {
        Locale locale = getLocale();
        TimelineList list = new TimelineList(details.timeline(), inbox::displayName, code -> unitName(code, locale));
        list.setId("task-timeline");
        return new TitledSection("task.timeline", list);
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
