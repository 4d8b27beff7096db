package org.tongban.legalaid.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tongban.base.ShownTo;
import org.tongban.forms.FieldError;
import org.tongban.legalaid.ApplicationCheck;
import org.tongban.legalaid.LegalAidApplication;
import org.tongban.legalaid.LegalAidApplication.Channel;
import org.tongban.legalaid.LegalAidApplication.ExemptGroup;
import org.tongban.legalaid.LegalAidApplication.MatterType;
import org.tongban.legalaid.LegalAidService;
import org.tongban.people.DisabilityCategory;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The legal aid centre's intake form (JUSTICE). Each field is checked as the user leaves or types in it,
 * with the same rules the server applies again on submit; a double submit files one case.
 */
@Route("legal-aid/new")
@ShownTo(agencies = "JUSTICE")
@Menu(order = 6, icon = "vaadin:scale", title = "legalaid.menu")
@PermitAll
public class NewLegalAidApplicationView extends VerticalLayout implements HasDynamicTitle {

    static final String INTAKE_AGENCY = "JUSTICE";

    private final transient ApplicationCheck check;
    private final transient LegalAidService service;
    private final transient Clock clock;
    private final TongbanUser user = CurrentUser.require();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private String idempotencyKey = UUID.randomUUID().toString();

    final Select<Channel> channel = new Select<>();
    final TextField applicantName = new TextField();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final Select<DisabilityCategory> category = new Select<>();
    final Select<MatterType> matterType = new Select<>();
    final TextArea caseFacts = new TextArea();
    final BigDecimalField monthlyIncome = new BigDecimalField();
    final Select<ExemptGroup> exemptGroup = new Select<>();
    final Checkbox noMeansTestMatter = new Checkbox();
    final Checkbox assistanceClaimed = new Checkbox();
    final Checkbox defendantWithoutLawyer = new Checkbox();
    final DatePicker limitationDate = new DatePicker();
    final Select<String> forwardingAgency = new Select<>();
    final DateTimePicker custodyRequestAt = new DateTimePicker();
    final Select<String> hotline = new Select<>();
    final TextField hotlineOrderNumber = new TextField();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();

    public NewLegalAidApplicationView(ApplicationCheck check, LegalAidService service, Clock clock) {
        this.check = check;
        this.service = service;
        this.clock = clock;
        add(new H2(getTranslation("legalaid.new.title")));
        if (!INTAKE_AGENCY.equals(user.unitCode())) {
            Paragraph only = new Paragraph(getTranslation("legalaid.new.onlyJustice"));
            only.setId("only-justice");
            add(only);
            return;
        }
        add(new Paragraph(getTranslation("legalaid.new.intro")));
        add(form(), submit, result);
        submit.setText(getTranslation("legalaid.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        result.setId("result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        showChannelFields();
    }

    private FormLayout form() {
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("legalaid.channel." + c));
        channel.setValue(Channel.WALK_IN);
        category.setItems(DisabilityCategory.values());
        category.setItemLabelGenerator(c -> getLocale().getLanguage().equals("en") ? c.name().charAt(0) + c.name().substring(1).toLowerCase()
                : c.chinese());
        matterType.setItems(MatterType.values());
        matterType.setItemLabelGenerator(m -> getTranslation("legalaid.matter." + m));
        exemptGroup.setItems(ExemptGroup.values());
        exemptGroup.setItemLabelGenerator(g -> getTranslation("legalaid.exempt." + g));
        exemptGroup.setValue(ExemptGroup.NONE);
        forwardingAgency.setItems("POLICE", "PROCURATORATE", "COURT");
        forwardingAgency.setItemLabelGenerator(a -> getTranslation("legalaid.agency." + a));
        hotline.setItems("12348", "12345", "12385");
        caseFacts.setMaxLength(ApplicationCheck.MAX_FACTS);
        caseFacts.setHelperText(getTranslation("legalaid.field.caseFacts.help"));
        monthlyIncome.setHelperText(getTranslation("legalaid.field.monthlyIncome.help"));
        idNumber.setMaxLength(18);
        for (TextField f : List.of(applicantName, idNumber, phone, hotlineOrderNumber)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
        }
        caseFacts.setValueChangeMode(ValueChangeMode.LAZY);
        register("channel", channel);
        register("applicantName", applicantName);
        register("idNumber", idNumber);
        register("phone", phone);
        register("disabilityCategory", category);
        register("matterType", matterType);
        register("caseFacts", caseFacts);
        register("monthlyIncome", monthlyIncome);
        register("exemptGroup", exemptGroup);
        register("noMeansTestMatter", noMeansTestMatter);
        register("assistanceClaimed", assistanceClaimed);
        register("defendantWithoutLawyer", defendantWithoutLawyer);
        register("limitationDate", limitationDate);
        register("forwardingAgency", forwardingAgency);
        register("custodyRequestAt", custodyRequestAt);
        register("hotline", hotline);
        register("hotlineOrderNumber", hotlineOrderNumber);
        channel.addValueChangeListener(e -> showChannelFields());
        FormLayout form = new FormLayout();
        fields.values().forEach(f -> form.add((com.vaadin.flow.component.Component) f));
        form.setColspan(caseFacts, 2);
        return form;
    }

    private void register(String key, HasValue<?, ?> field) {
        fields.put(key, field);
        var component = (com.vaadin.flow.component.Component) field;
        component.setId("field-" + key);
        String label = getTranslation("legalaid.field." + key);
        if (field instanceof Checkbox box) {
            box.setLabel(label);
        } else if (component instanceof com.vaadin.flow.component.HasLabel withLabel) {
            withLabel.setLabel(label);
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                touched.add(key);
            }
            validate(false);
        });
    }

    private void showChannelFields() {
        Channel c = channel.getValue();
        forwardingAgency.setVisible(c == Channel.CUSTODY || c == Channel.DEFENCE_NOTICE);
        custodyRequestAt.setVisible(c == Channel.CUSTODY);
        hotline.setVisible(c == Channel.HOTLINE);
        hotlineOrderNumber.setVisible(c == Channel.HOTLINE);
        if (!forwardingAgency.isVisible()) {
            forwardingAgency.clear();
        }
    }

    LegalAidApplication application() {
        return new LegalAidApplication(name(channel.getValue()), applicantName.getValue(), idNumber.getValue(),
                phone.getValue(), category.getValue() == null ? null : category.getValue().digit(), name(matterType.getValue()),
                caseFacts.getValue(), monthlyIncome.getValue(), name(exemptGroup.getValue()), noMeansTestMatter.getValue(),
                assistanceClaimed.getValue(), defendantWithoutLawyer.getValue(), limitationDate.getValue(),
                forwardingAgency.getValue(),
                custodyRequestAt.getValue() == null ? null : custodyRequestAt.getValue().atZone(clock.getZone()).toInstant(),
                hotline.getValue(), hotlineOrderNumber.getValue());
    }

    /** Marks the fields with problems: only those the user has touched, or all of them when submitting. */
    private List<FieldError> validate(boolean all) {
        List<FieldError> problems = check.problems(application());
        for (Map.Entry<String, HasValue<?, ?>> entry : fields.entrySet()) {
            if (!(entry.getValue() instanceof HasValidation v)) {
                continue;
            }
            FieldError error = problems.stream().filter(p -> p.field().equals(entry.getKey())).findFirst().orElse(null);
            boolean show = error != null && (all || touched.contains(entry.getKey()));
            v.setInvalid(show);
            v.setErrorMessage(show ? message(error) : null);
        }
        return problems;
    }

    private void submit() {
        result.setText("");
        if (!validate(true).isEmpty()) {
            result.setText(getTranslation("legalaid.invalid"));
            submit.setEnabled(true);
            return;
        }
        try {
            LegalAidService.Filed filed = service.apply(application(), user.username(), idempotencyKey);
            result.setText(getTranslation("legalaid.submitted", filed.caseNumber()));
            reset();
        } catch (LegalAidService.InvalidApplication e) {
            validate(true);
            result.setText(getTranslation("legalaid.invalid"));
        }
    }

    private void reset() {
        idempotencyKey = UUID.randomUUID().toString();
        fields.values().stream().filter(f -> f != channel && f != exemptGroup).forEach(HasValue::clear);
        exemptGroup.setValue(ExemptGroup.NONE);
        touched.clear();
        fields.values().stream().filter(f -> f instanceof HasValidation).forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    private String message(FieldError error) {
        return MessageFormat.format(getTranslation(error.messageKey()).replace("'", "''"), error.arguments().toArray());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legalaid.new.title");
    }
}
