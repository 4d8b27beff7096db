package org.tongban.rehab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongban.base.ShownTo;
import org.tongban.rehab.InstitutionEntry;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.rehab.RehabInstitutions;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * CDPF keeps the designated-institution list here: services, categories, places, the designated
 * flag and the dates an entry holds. Choosing a row loads it for change; the guardian's choice
 * in a case offers only what this list allows on the day.
 */
@Route("rehab-rescue/institutions")
@ShownTo(agencies = "CDPF")
@Menu(order = 31, icon = "vaadin:hospital", title = "rehab.institution.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RehabInstitutionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RehabInstitutions institutions;
    private final TongbanUser user = CurrentUser.require();

    final Grid<InstitutionEntry> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Checkbox inArea = new Checkbox();
    final Checkbox diagnoses = new Checkbox();
    final Checkbox designated = new Checkbox();
    final CheckboxGroup<ServiceType> services = new CheckboxGroup<>();
    final CheckboxGroup<Integer> categories = new CheckboxGroup<>();
    final IntegerField capacity = new IntegerField();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final Button save = new Button();
    final Button clear = new Button();
    final Paragraph status = new Paragraph();

    public RehabInstitutionListView(RehabInstitutions institutions) {
        this.institutions = institutions;
        setMaxWidth("1100px");
        add(new H2(getTranslation("rehab.institution.title")), new Paragraph(getTranslation("rehab.institution.intro")));

        grid.addColumn(InstitutionEntry::code).setHeader(getTranslation("rehab.institution.code")).setAutoWidth(true);
        grid.addColumn(InstitutionEntry::name).setHeader(getTranslation("rehab.institution.name")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.inArea() ? "rehab.institution.inCity" : "rehab.institution.outOfCity"))
                .setHeader(getTranslation("rehab.institution.area"));
        grid.addColumn(e -> getTranslation(e.designated() ? "rehab.institution.yes" : "rehab.institution.no"))
                .setHeader(getTranslation("rehab.institution.designated"));
        grid.addColumn(e -> e.services().stream().sorted().map(s -> getTranslation("rehab.service." + s))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("rehab.institution.services")).setFlexGrow(2);
        grid.addColumn(e -> e.categories().stream().sorted().map(c -> getTranslation("rehab.category." + c))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("rehab.institution.categories")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("rehab.institution.places", institutions.occupied(e.code()), e.capacity()))
                .setHeader(getTranslation("rehab.institution.capacity"));
        grid.addColumn(e -> e.validFrom() + " – " + (e.validTo() == null ? "" : e.validTo()))
                .setHeader(getTranslation("rehab.institution.valid"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("rehab.institution.title"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });

        label(code, "code");
        code.setMaxLength(32);
        code.setHelperText(getTranslation("rehab.institution.code.help"));
        label(name, "name");
        name.setMaxLength(100);
        inArea.setLabel(getTranslation("rehab.institution.field.inArea"));
        diagnoses.setLabel(getTranslation("rehab.institution.field.diagnoses"));
        designated.setLabel(getTranslation("rehab.institution.field.designated"));
        label(services, "services");
        services.setItems(ServiceType.values());
        services.setItemLabelGenerator(s -> getTranslation("rehab.service." + s));
        label(categories, "categories");
        categories.setItems(1, 2, 3, 4, 5, 6, 7);
        categories.setItemLabelGenerator(c -> getTranslation("rehab.category." + c));
        label(capacity, "capacity");
        capacity.setMin(0);
        label(validFrom, "validFrom");
        label(validTo, "validTo");
        save.setText(getTranslation("rehab.institution.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        clear.setText(getTranslation("rehab.institution.new"));
        clear.addClickListener(e -> load(null));
        status.setId("rehab-institution-status");
        status.getElement().setAttribute("aria-live", "polite");
        FormLayout form = new FormLayout(code, name, inArea, diagnoses, designated, services, categories, capacity,
                validFrom, validTo);
        add(grid, new H3(getTranslation("rehab.institution.edit")), form, save, clear, status);
        refresh();
        load(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!institutions.mayEdit(user)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation("rehab.institution.field." + key));
        ((Component) field).setId("institution-" + key);
    }

    void load(InstitutionEntry e) {
        clearErrors();
        code.setValue(e == null ? "" : e.code());
        code.setReadOnly(e != null);
        name.setValue(e == null ? "" : e.name());
        inArea.setValue(e == null || e.inArea());
        diagnoses.setValue(e != null && e.diagnoses());
        designated.setValue(e == null || e.designated());
        services.setValue(e == null ? java.util.Set.of() : e.services());
        categories.setValue(e == null ? java.util.Set.of() : e.categories());
        capacity.setValue(e == null ? null : e.capacity());
        validFrom.setValue(e == null ? java.time.LocalDate.now() : e.validFrom());
        validTo.setValue(e == null ? null : e.validTo());
    }

    void save() {
        clearErrors();
        InstitutionEntry entry = new InstitutionEntry(code.getValue(), name.getValue(), inArea.getValue(),
                diagnoses.getValue(), designated.getValue(), services.getValue(), categories.getValue(),
                capacity.getValue() == null ? -1 : capacity.getValue(), validFrom.getValue(), validTo.getValue());
        Map<String, String> errors = institutions.save(entry, user);
        if (!errors.isEmpty()) {
            errors.forEach((field, key) -> fields().get(field).setErrorMessage(getTranslation(key)));
            errors.keySet().forEach(field -> fields().get(field).setInvalid(true));
            status.setText(getTranslation("rehab.institution.notSaved"));
            return;
        }
        status.setText(getTranslation("rehab.institution.saved", entry.code().strip()));
        refresh();
        load(null);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("code", code, "name", name, "services", services, "categories", categories, "capacity", capacity,
                "validFrom", validFrom, "validTo", validTo);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void refresh() {
        grid.setItems(institutions.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rehab.institution.title") + " · " + getTranslation("app.title");
    }
}
