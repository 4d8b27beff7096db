package org.tongban.retrofit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.tongban.inbox.RuleRefusal;
import org.tongban.retrofit.RetrofitProgrammes;
import org.tongban.retrofit.RetrofitProgrammes.ProgrammeEntry;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The lead agency enters or revises the year's programme (年度实施方案): target households, budget
 * and the central/region shares (the city takes the rest), with the reference of the 实施方案.
 * Choosing a year loads what is on file; the service checks every figure again and audits.
 */
@Route("accessibility-retrofit/programme/entry")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RetrofitProgrammeEntryView extends VerticalLayout implements HasDynamicTitle {

    private final transient RetrofitProgrammes programmes;
    private final TongbanUser user = CurrentUser.require();
    final IntegerField year = new IntegerField();
    final IntegerField target = new IntegerField();
    final BigDecimalField budget = new BigDecimalField();
    final IntegerField central = new IntegerField();
    final IntegerField region = new IntegerField();
    final Paragraph city = new Paragraph();
    final TextField reference = new TextField();
    final Button save = new Button();
    final Paragraph result = new Paragraph();

    public RetrofitProgrammeEntryView(RetrofitProgrammes programmes) {
        this.programmes = programmes;
        add(new H2(getTranslation("retrofit.entry.title")));
        if (!programmes.mayEnter(user)) {
            add(new Paragraph(getTranslation("retrofit.refusal.notYourCase")));
            return;
        }
        field(year, "year");
        year.setMin(2000);
        year.setMax(2100);
        field(target, "target");
        target.setMin(1);
        budget.setId("budget");
        budget.setLabel(getTranslation("retrofit.entry.budget"));
        budget.setRequiredIndicatorVisible(true);
        field(central, "central");
        field(region, "region");
        central.setMin(0);
        central.setMax(100);
        region.setMin(0);
        region.setMax(100);
        city.setId("city");
        reference.setId("reference");
        reference.setLabel(getTranslation("retrofit.entry.reference"));
        reference.setMaxLength(300);
        reference.setRequired(true);
        central.addValueChangeListener(e -> showCity());
        region.addValueChangeListener(e -> showCity());
        year.addValueChangeListener(e -> load());
        save.setText(getTranslation("retrofit.entry.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.setId("result");
        result.getElement().setAttribute("role", "status");
        add(new FormLayout(year, target, budget, central, region, reference), city, save, result);
        year.setValue(LocalDate.now().getYear());
    }

    private void field(IntegerField f, String key) {
        f.setId(key);
        f.setLabel(getTranslation("retrofit.entry." + key));
        f.setRequiredIndicatorVisible(true);
        f.setStepButtonsVisible(true);
        f.setValueChangeMode(ValueChangeMode.EAGER);
    }

    private void load() {
        if (year.getValue() == null) {
            return;
        }
        programmes.entry(year.getValue()).ifPresentOrElse(e -> {
            target.setValue(e.targetHouseholds());
            budget.setValue(e.budget());
            central.setValue(e.centralPercent());
            region.setValue(e.regionPercent());
            reference.setValue(e.reference());
        }, () -> {
            target.clear();
            budget.clear();
            central.setValue(50);
            region.setValue(30);
            reference.clear();
        });
        showCity();
    }

    /** The city's share as the officer types; shares over 100 are said in words, not only marked. */
    private void showCity() {
        int c = central.getValue() == null ? 0 : central.getValue();
        int r = region.getValue() == null ? 0 : region.getValue();
        boolean bad = c < 0 || r < 0 || c + r > 100;
        city.setText(bad ? getTranslation("retrofit.refusal.programmeSplit") : getTranslation("retrofit.entry.city", 100 - c - r));
        central.setInvalid(bad);
        region.setInvalid(bad);
    }

    void save() {
        boolean missing = false;
        for (var f : java.util.List.of(year, target, central, region)) {
            f.setInvalid(f.getValue() == null);
            missing |= f.getValue() == null;
        }
        budget.setInvalid(budget.getValue() == null);
        reference.setInvalid(reference.getValue().isBlank());
        if (missing || budget.isInvalid() || reference.isInvalid()) {
            result.setText(getTranslation("retrofit.entry.fix"));
            return;
        }
        try {
            programmes.save(user, new ProgrammeEntry(year.getValue(), target.getValue(), budget.getValue(),
                    central.getValue(), region.getValue(), reference.getValue()));
            result.setText(getTranslation("retrofit.entry.saved", String.valueOf(year.getValue())));
        } catch (RuleRefusal refusal) {
            result.setText(getTranslation(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.entry.title");
    }
}
