package org.tongban.rehab.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.base.ShownTo;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.OrgUnit;
import org.tongban.organisation.UnitKind;
import org.tongban.rehab.InvalidApplication;
import org.tongban.rehab.NewApplication;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.rehab.RehabService;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * New application for child rehab rescue, for CDPF, HEALTH and the grass-roots officers. The
 * guardian's consent comes first: the child's fields open only once consent and the check of the
 * relation document are recorded. Fields are checked as the user types and again on the server;
 * one form makes at most one case (its own idempotency key).
 */
@Route("rehab-rescue/new")
@ShownTo(agencies = {"CDPF", "HEALTH"}, grassRoots = true)
@Menu(order = 30, icon = "vaadin:child", title = "rehab.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class NewRehabApplicationView extends VerticalLayout implements HasDynamicTitle {

    private final transient RehabService rehab;
    private final TongbanUser user = CurrentUser.require();
    private final String idempotencyKey = UUID.randomUUID().toString();
    /** Declared before the fields: their initialisers register themselves here. */
    private final Map<String, Component> fields = new LinkedHashMap<>();

    final TextField guardianName = text("guardianName", 40);
    final TextField guardianIdNumber = text("guardianIdNumber", 18);
    final Select<Relation> relation = select("relation", Relation.values(), r -> "rehab.relation." + r);
    final Select<RelationDocument> relationDocument = select("relationDocument", RelationDocument.values(), d -> "rehab.document." + d);
    final Checkbox documentsChecked = check("documentsChecked");
    final Checkbox consentGiven = check("consentGiven");
    final TextField childName = text("childName", 40);
    final TextField childIdNumber = text("childIdNumber", 18);
    final Select<String> grassRootsUnit = new Select<>();
    final Select<Residence> residence = select("residence", Residence.values(), r -> "rehab.residence." + r);
    final Select<Integer> category = select("category", new Integer[] {1, 2, 3, 4, 5, 6, 7}, c -> "rehab.category." + c);
    final Select<Proof> proof = select("proof", Proof.values(), p -> "rehab.proof." + p);
    final TextField certificateNumber = text("certificateNumber", 20);
    final Select<String> diagnosisInstitutionCode = new Select<>();
    final TextArea diagnosis = new TextArea();
    final CheckboxGroup<ServiceType> services = new CheckboxGroup<>();
    final DatePicker receivedOn = new DatePicker();
    final Select<Channel> channel = select("channel", Channel.values(), c -> "rehab.channel." + c);
    final Button submit = new Button();
    private final FormLayout childSection = new FormLayout();
    private boolean submitted;

    public NewRehabApplicationView(RehabService rehab, Organisation organisation) {
        this.rehab = rehab;
        setMaxWidth("960px");
        add(new H2(getTranslation("rehab.title")));
        if (!rehab.mayTakeIn(user)) {
            Paragraph refused = new Paragraph(getTranslation("rehab.error.forbidden"));
            refused.setId("rehab-forbidden");
            add(refused);
            return;
        }
        Map<String, String> units = new LinkedHashMap<>();
        for (OrgUnit u : organisation.ofKind(UnitKind.GRASSROOTS)) {
            units.put(u.getCode(), u.name(getLocale()));
        }
        setUp(grassRootsUnit, "grassRootsUnit");
        grassRootsUnit.setItems(units.keySet());
        grassRootsUnit.setItemLabelGenerator(units::get);
        Map<String, String> hospitals = new LinkedHashMap<>();
        for (String[] h : rehab.institutionsOn(LocalDate.now(), true)) {
            hospitals.put(h[0], h[1]);
        }
        setUp(diagnosisInstitutionCode, "diagnosisInstitutionCode");
        diagnosisInstitutionCode.setItems(hospitals.keySet());
        diagnosisInstitutionCode.setItemLabelGenerator(hospitals::get);
        setUp(diagnosis, "diagnosis");
        diagnosis.setMaxLength(500);
        setUp(services, "services");
        services.setItems(ServiceType.values());
        services.setItemLabelGenerator(s -> getTranslation("rehab.service." + s));
        setUp(receivedOn, "receivedOn");
        receivedOn.setValue(LocalDate.now());
        receivedOn.setMax(LocalDate.now());
        channel.setValue(user.unitCode().startsWith("COMMUNITY") || user.unitCode().startsWith("GACHA")
                || user.unitCode().startsWith("SUMU") ? Channel.GRASS_ROOTS
                : "HEALTH".equals(user.unitCode()) ? Channel.HEALTH_SCREENING : Channel.CDPF);
        if (units.containsKey(user.unitCode())) {
            grassRootsUnit.setValue(user.unitCode());
        }

        FormLayout consent = new FormLayout(guardianName, guardianIdNumber, relation, relationDocument, documentsChecked,
                consentGiven);
        Paragraph consentText = new Paragraph(getTranslation("rehab.consent.text"));
        consentText.setId("rehab-consent-text");
        childSection.add(childName, childIdNumber, grassRootsUnit, residence, category, proof, certificateNumber,
                diagnosisInstitutionCode, diagnosis, services, receivedOn, channel);
        submit.setText(getTranslation("rehab.submit"));
        submit.setId("rehab-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        add(new H3(getTranslation("rehab.consent.heading")), consentText, consent,
                new H3(getTranslation("rehab.child.heading") + " · " + getTranslation("rehab.proof.heading")), childSection, submit);
        proof.addValueChangeListener(e -> showProofFields());
        consentGiven.addValueChangeListener(e -> openChildSection());
        documentsChecked.addValueChangeListener(e -> openChildSection());
        openChildSection();
        showProofFields();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rehab.title");
    }

    /** Nothing about the child is entered before consent and the relation check are recorded. */
    private void openChildSection() {
        boolean open = consentGiven.getValue() && documentsChecked.getValue();
        childSection.setEnabled(open);
        submit.setEnabled(open);
    }

    private void showProofFields() {
        boolean card = proof.getValue() != Proof.DIAGNOSIS;
        certificateNumber.setVisible(card);
        diagnosisInstitutionCode.setVisible(!card);
        diagnosis.setVisible(!card);
    }

    NewApplication read() {
        return new NewApplication(guardianName.getValue(), guardianIdNumber.getValue(), relation.getValue(),
                relationDocument.getValue(), documentsChecked.getValue(), consentGiven.getValue(), childName.getValue(),
                childIdNumber.getValue(), grassRootsUnit.getValue(), residence.getValue(), category.getValue(), proof.getValue(),
                certificateNumber.getValue(), diagnosisInstitutionCode.getValue(), diagnosis.getValue(),
                services.getValue(), receivedOn.getValue(), channel.getValue());
    }

    /** Shows the server's messages; on the fly only for fields the user has touched, on submit for all. */
    private void show(Map<String, String> errors, boolean all) {
        fields.forEach((name, field) -> {
            if (field instanceof HasValidation v) {
                String key = errors.get(name);
                boolean touched = all || field instanceof AbstractField<?, ?> f && !f.isEmpty();
                v.setInvalid(key != null && touched);
                v.setErrorMessage(key == null ? null : getTranslation(key));
            }
        });
    }

    private void submit() {
        Map<String, String> errors = rehab.validate(read());
        show(errors, true);
        if (!errors.isEmpty() || submitted) {
            return;
        }
        try {
            String caseNumber = rehab.apply(read(), idempotencyKey, user);
            submitted = true;
            submit.setEnabled(false);
            Paragraph done = new Paragraph(getTranslation("rehab.submitted", caseNumber));
            done.setId("rehab-submitted");
            done.getElement().setAttribute("role", "status");
            add(done);
            Notification.show(getTranslation("rehab.submitted", caseNumber));
        } catch (InvalidApplication e) {
            show(e.errors(), true);
        }
    }

    private <C extends Component> C setUp(C field, String name) {
        field.setId("rehab-" + name);
        if (field instanceof com.vaadin.flow.component.HasLabel l) {
            l.setLabel(getTranslation("rehab.field." + name));
        }
        if (field instanceof AbstractField<?, ?> f) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient() || !submitted) {
                    show(rehab == null ? Map.of() : rehab.validate(read()), false);
                }
            });
        }
        fields.put(name, field);
        return field;
    }

    private TextField text(String name, int max) {
        TextField f = new TextField();
        f.setMaxLength(max);
        f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        return setUp(f, name);
    }

    private Checkbox check(String name) {
        Checkbox c = new Checkbox();
        return setUp(c, name);
    }

    private <T> Select<T> select(String name, T[] items, java.util.function.Function<T, String> key) {
        Select<T> s = new Select<>();
        s.setItems(List.of(items));
        s.setItemLabelGenerator(t -> getTranslation(key.apply(t)));
        return setUp(s, name);
    }
}
