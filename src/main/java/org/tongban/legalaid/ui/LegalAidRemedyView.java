package org.tongban.legalaid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.base.ShownTo;
import org.tongban.forms.FieldError;
import org.tongban.inbox.RuleRefusal;
import org.tongban.legalaid.LegalAidRemedies;
import org.tongban.legalaid.RemedyKind;
import org.tongban.legalaid.RemedyRequest;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * Where a JUSTICE officer records an objection (against a refusal or termination), a complaint or a
 * request to change the legal-aid worker that reached the 司法局, for a case JUSTICE holds or held
 * ({@code ?case=LA-…}, linked from the case view). The resulting task appears in the bureau's inbox for an
 * officer other than the one who decided. Fields are checked as the user types and again on the server;
 * what the case's state refuses is said in words.
 */
@Route("legal-aid/remedies")
@ShownTo(agencies = LegalAidRemedies.AGENCY)
@Menu(order = 6.5, icon = "vaadin:gavel", title = "legalaid.remedy.menu")
@PermitAll
public class LegalAidRemedyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that names the case. */
    public static final String CASE_PARAMETER = "case";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient LegalAidRemedies remedies;
    private final TongbanUser user = CurrentUser.require();
    private final Set<String> touched = new HashSet<>();

    final TextField caseNumber = new TextField();
    final Select<RemedyKind> kind = new Select<>();
    final DatePicker receivedOn = new DatePicker();
    final TextArea grounds = new TextArea();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();
    final UnorderedList earlier = new UnorderedList();
    private final Anchor caseLink = new Anchor();

    public LegalAidRemedyView(LegalAidRemedies remedies, Clock clock) {
        this.remedies = remedies;
        add(new H2(getTranslation("legalaid.remedy.title")));
        if (!LegalAidRemedies.mayRecord(user)) {
            Paragraph only = new Paragraph(getTranslation("legalaid.remedy.onlyJustice"));
            only.setId("only-justice");
            add(only);
            return;
        }
        add(new Paragraph(getTranslation("legalaid.remedy.intro")), form(clock), submit, result, caseLink,
                new H3(getTranslation("legalaid.remedy.earlier")), earlier);
        submit.setText(getTranslation("legalaid.remedy.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        result.setId("result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        caseLink.setId("case-link");
        caseLink.setVisible(false);
        earlier.setId("remedies");
    }

    private FormLayout form(Clock clock) {
        caseNumber.setId("field-caseNumber");
        caseNumber.setLabel(getTranslation("legalaid.remedy.field.caseNumber"));
        caseNumber.setPlaceholder("LA-2026-000001");
        caseNumber.setRequiredIndicatorVisible(true);
        caseNumber.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumber.addValueChangeListener(e -> showCase());
        kind.setId("field-kind");
        kind.setLabel(getTranslation("legalaid.remedy.field.kind"));
        kind.setItems(RemedyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("legalaid.remedy.kind." + k));
        kind.setValue(RemedyKind.OBJECTION);
        kind.setHelperText(getTranslation("legalaid.remedy.field.kind.help"));
        receivedOn.setId("field-receivedOn");
        receivedOn.setLabel(getTranslation("legalaid.remedy.field.receivedOn"));
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.setMax(LocalDate.now(clock));
        receivedOn.setValue(LocalDate.now(clock));
        grounds.setId("field-grounds");
        grounds.setLabel(getTranslation("legalaid.remedy.field.grounds"));
        grounds.setHelperText(getTranslation("legalaid.remedy.field.grounds.help"));
        grounds.setRequiredIndicatorVisible(true);
        grounds.setMaxLength(LegalAidRemedies.MAX_GROUNDS);
        grounds.setValueChangeMode(ValueChangeMode.LAZY);
        receivedOn.addValueChangeListener(e -> touch("receivedOn", e.isFromClient()));
        grounds.addValueChangeListener(e -> touch("grounds", e.isFromClient()));
        FormLayout form = new FormLayout(caseNumber, kind, receivedOn, grounds);
        form.setColspan(grounds, 2);
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!LegalAidRemedies.mayRecord(user)) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(CASE_PARAMETER).ifPresent(caseNumber::setValue);
    }

    private void touch(String field, boolean fromClient) {
        if (fromClient) {
            touched.add(field);
        }
        mark(remedies.problems(request()), false);
    }

    /** Shows the earlier records of the case typed in, or says it is not one JUSTICE may see. */
    private void showCase() {
        earlier.removeAll();
        caseLink.setVisible(false);
        String number = caseNumber.getValue().strip();
        if (number.isEmpty()) {
            caseNumber.setInvalid(false);
            return;
        }
        try {
            List<LegalAidRemedies.Entry> entries = remedies.of(user, number);
            caseNumber.setInvalid(false);
            caseLink.setHref("cases/" + number);
            caseLink.setText(getTranslation("legalaid.remedy.openCase", number));
            caseLink.setVisible(true);
            if (entries.isEmpty()) {
                earlier.add(new ListItem(getTranslation("legalaid.remedy.none")));
            }
            for (LegalAidRemedies.Entry entry : entries) {
                earlier.add(new ListItem(getTranslation("legalaid.remedy.kind." + entry.kind()) + " · "
                        + getTranslation("legalaid.remedy.receivedOn", entry.receivedOn().toString()) + " · "
                        + getTranslation("legalaid.remedy.recordedBy", entry.recordedBy(), TIME.format(entry.recordedAt()))
                        + "：" + entry.grounds()));
            }
        } catch (LegalAidRemedies.CaseNotFound e) {
            caseNumber.setInvalid(true);
            caseNumber.setErrorMessage(getTranslation("legalaid.remedy.notFound"));
        }
    }

    private RemedyRequest request() {
        return new RemedyRequest(receivedOn.getValue(), grounds.getValue());
    }

    private void mark(List<FieldError> problems, boolean all) {
        mark(receivedOn, "receivedOn", problems, all);
        mark(grounds, "grounds", problems, all);
    }

    private void mark(com.vaadin.flow.component.HasValidation field, String key, List<FieldError> problems, boolean all) {
        FieldError error = problems.stream().filter(p -> p.field().equals(key)).findFirst().orElse(null);
        boolean show = error != null && (all || touched.contains(key));
        field.setInvalid(show);
        field.setErrorMessage(show ? message(error.messageKey(), error.arguments()) : null);
    }

    private void submit() {
        result.setText("");
        String number = caseNumber.getValue().strip();
        List<FieldError> problems = remedies.problems(request());
        mark(problems, true);
        if (number.isEmpty()) {
            caseNumber.setInvalid(true);
            caseNumber.setErrorMessage(getTranslation("legalaid.error.required"));
        }
        if (!problems.isEmpty() || number.isEmpty()) {
            result.setText(getTranslation("legalaid.invalid"));
            return;
        }
        try {
            LegalAidRemedies.Recorded recorded = remedies.record(user, number, kind.getValue(), request());
            result.setText(getTranslation("legalaid.remedy.recorded." + recorded.kind(), recorded.caseNumber()));
            grounds.clear();
            touched.clear();
            grounds.setInvalid(false);
            showCase();
        } catch (LegalAidRemedies.InvalidRemedy e) {
            mark(e.errors(), true);
            result.setText(getTranslation("legalaid.invalid"));
        } catch (LegalAidRemedies.CaseNotFound e) {
            caseNumber.setInvalid(true);
            caseNumber.setErrorMessage(getTranslation("legalaid.remedy.notFound"));
            result.setText(getTranslation("legalaid.invalid"));
        } catch (RuleRefusal refusal) {
            result.setText(message(refusal.messageKey(), refusal.arguments()));
        }
    }

    private String message(String key, List<Object> arguments) {
        return MessageFormat.format(getTranslation(key).replace("'", "''"), arguments.toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legalaid.remedy.title");
    }
}
