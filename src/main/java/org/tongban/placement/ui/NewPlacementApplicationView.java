package org.tongban.placement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tongban.base.ShownTo;
import org.tongban.organisation.Organisation;
import org.tongban.people.PeopleRegistry;
import org.tongban.placement.ApplicationResult;
import org.tongban.placement.NewApplication;
import org.tongban.placement.RetirementGroup;
import org.tongban.placement.WelfarePlacementService;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * 公益性岗位安置申请: CDPF or a grass-roots officer records an application. Fields are checked as
 * the user types (those already touched) and all again on submission, by the same service rules
 * as the REST intake; one form instance submits at most one case (its own idempotency key).
 */
@Route("welfare-placement/new")
@ShownTo(agencies = "CDPF", grassRoots = true)
@Menu(order = 20, icon = "vaadin:user-card", title = "placement.menu")
@RolesAllowed("OFFICER")
public class NewPlacementApplicationView extends VerticalLayout implements HasDynamicTitle {

    private final transient WelfarePlacementService service;
    private final transient PeopleRegistry people;
    private final TongbanUser user = CurrentUser.require();
    private final String idempotencyKey = UUID.randomUUID().toString();

    final TextField idNumber = new TextField();
    final TextField employmentCard = new TextField();
    final Select<String> unit = new Select<>();
    final TextField phone = new TextField();
    final Select<RetirementGroup> retirementGroup = new Select<>();
    final Span applicant = new Span();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();

    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    public NewPlacementApplicationView(WelfarePlacementService service, PeopleRegistry people, Organisation organisation) {
        this.service = service;
        this.people = people;
        H2 title = new H2(getTranslation("placement.new.title"));
        add(title);
        if (!service.mayApply(user)) {
            Paragraph refused = new Paragraph(getTranslation("placement.new.notAllowed"));
            refused.setId("placement-not-allowed");
            add(refused);
            return;
        }
        add(new Paragraph(getTranslation("placement.new.intro")));

        idNumber.setLabel(getTranslation("placement.new.idNumber"));
        idNumber.setHelperText(getTranslation("placement.new.idNumber.help"));
        idNumber.setMaxLength(18);
        idNumber.setRequiredIndicatorVisible(true);
        idNumber.setId("placement-id-number");
        employmentCard.setLabel(getTranslation("placement.new.employmentCard"));
        employmentCard.setMaxLength(32);
        employmentCard.setRequiredIndicatorVisible(true);
        employmentCard.setId("placement-employment-card");
        unit.setLabel(getTranslation("placement.new.unit"));
        unit.setItems(service.unitsFor(user));
        unit.setItemLabelGenerator(code -> organisation.find(code).map(u -> u.name(getLocale())).orElse(code));
        unit.setRequiredIndicatorVisible(true);
        unit.setId("placement-unit");
        if (service.unitsFor(user).size() == 1) {
            unit.setValue(service.unitsFor(user).get(0));
        }
        phone.setLabel(getTranslation("placement.new.phone"));
        phone.setMaxLength(20);
        phone.setId("placement-phone");
        retirementGroup.setLabel(getTranslation("placement.new.retirementGroup"));
        retirementGroup.setHelperText(getTranslation("placement.new.retirementGroup.help"));
        retirementGroup.setItems(RetirementGroup.values());
        retirementGroup.setEmptySelectionAllowed(true);
        retirementGroup.setItemLabelGenerator(g -> g == null ? "—" : getTranslation("placement.group." + g.name()));
        retirementGroup.setId("placement-retirement-group");
        applicant.setId("placement-applicant");
        applicant.getElement().setAttribute("aria-live", "polite");

        fields.put("idNumber", idNumber);
        fields.put("employmentCard", employmentCard);
        fields.put("grassRootsUnit", unit);
        fields.put("phone", phone);
        fields.put("retirementGroup", retirementGroup);
        for (TextField f : new TextField[] {idNumber, employmentCard, phone}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
        }
        idNumber.addValueChangeListener(e -> touch("idNumber"));
        employmentCard.addValueChangeListener(e -> touch("employmentCard"));
        unit.addValueChangeListener(e -> touch("grassRootsUnit"));
        phone.addValueChangeListener(e -> touch("phone"));
        retirementGroup.addValueChangeListener(e -> touch("retirementGroup"));

        submit.setText(getTranslation("placement.new.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("placement-submit");
        submit.addClickListener(e -> submit());
        result.setId("placement-result");
        result.getElement().setAttribute("role", "status");

        FormLayout form = new FormLayout(idNumber, employmentCard, unit, phone, retirementGroup);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, applicant, submit, result);
    }

    private NewApplication application() {
        return new NewApplication(idNumber.getValue(), employmentCard.getValue(), unit.getValue(), phone.getValue(),
                retirementGroup.getValue());
    }

    private void touch(String field) {
        touched.add(field);
        show(service.validate(user, application()), touched);
        showApplicant();
    }

    private void showApplicant() {
        String id = idNumber.getValue() == null ? "" : idNumber.getValue().strip().toUpperCase(java.util.Locale.ROOT);
        applicant.setText(id.length() != 18 ? "" : people.findByIdNumber(id)
                .map(p -> getTranslation("placement.new.applicant", org.tongban.people.Masking.name(p.getName()),
                        p.maskedIdNumber())).orElse(""));
    }

    private void show(Map<String, String> errors, Set<String> which) {
        fields.forEach((key, component) -> {
            String error = which.contains(key) ? errors.get(key) : null;
            if (component instanceof TextField f) {
                f.setInvalid(error != null);
                f.setErrorMessage(error == null ? null : getTranslation(error));
            } else if (component instanceof Select<?> s) {
                s.setInvalid(error != null);
                s.setErrorMessage(error == null ? null : getTranslation(error));
            }
        });
    }

    private void submit() {
        ApplicationResult outcome = service.apply(user, application(), idempotencyKey);
        if (!outcome.ok()) {
            show(outcome.fieldErrors(), fields.keySet());
            result.setText(getTranslation("placement.new.invalid"));
            return;
        }
        show(Map.of(), fields.keySet());
        result.removeAll();
        result.setText(getTranslation(outcome.existing() ? "placement.new.existing" : "placement.new.created",
                outcome.caseNumber()));
        result.add(new Span(" "), new Anchor("cases/" + outcome.caseNumber(), outcome.caseNumber()));
        submit.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("placement.new.title") + " · " + getTranslation("app.title");
    }
}
