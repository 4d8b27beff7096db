package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.tongban.base.TitledSection;
import org.tongban.committee.targets.EnterableTarget;
import org.tongban.committee.targets.EnteredRow;
import org.tongban.committee.targets.FigureEntries;
import org.tongban.committee.targets.FigureEntry;
import org.tongban.committee.targets.InvalidFigureEntry;
import org.tongban.security.TongbanUser;

/**
 * CDPF enters a figure Tongban cannot compute: target, period, value or its parts, and the
 * source. Problems are shown on their fields; every entry of the chosen target is listed below.
 */
class FigureEntryForm extends TitledSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final ComboBox<EnterableTarget> target = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<Integer> quarter = new Select<>();
    final BigDecimalField value = new BigDecimalField();
    final BigDecimalField numerator = new BigDecimalField();
    final BigDecimalField denominator = new BigDecimalField();
    final TextArea sourceNote = new TextArea();
    final Button save = new Button();
    final Grid<EnteredRow> history = new Grid<>();
    private final FigureEntries entries;
    private final TongbanUser user;
    private final TargetTexts texts = new TargetTexts(this);
    private final Runnable saved;

    FigureEntryForm(FigureEntries entries, TongbanUser user, int currentYear, Runnable saved) {
        super("committee.targets.entry.heading");
        this.entries = entries;
        this.user = user;
        this.saved = saved;
        setId("plan-targets-entry");
        target.setLabel(t("committee.targets.entry.target"));
        target.setItems(entries.enterable(currentYear));
        target.setItemLabelGenerator(e -> e.name(getLocale()));
        target.setRequired(true);
        target.addValueChangeListener(e -> showHistory());
        year.setLabel(t("committee.targets.entry.year"));
        year.setValue(currentYear);
        year.setMin(2021);
        year.setMax(currentYear);
        year.setStepButtonsVisible(true);
        year.setRequired(true);
        quarter.setLabel(t("committee.targets.entry.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setEmptySelectionAllowed(true);
        quarter.setItemLabelGenerator(q -> q == null ? "" : t("committee.targets.entry.quarter.item", String.valueOf(q)));
        value.setLabel(t("committee.targets.entry.value"));
        value.setHelperText(t("committee.targets.entry.value.helper"));
        numerator.setLabel(t("committee.targets.entry.numerator"));
        denominator.setLabel(t("committee.targets.entry.denominator"));
        sourceNote.setLabel(t("committee.targets.entry.sourceNote"));
        sourceNote.setRequired(true);
        sourceNote.setMaxLength(300);
        save.setText(t("committee.targets.entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-targets-entry-save");
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(target, year, quarter, value, numerator, denominator, sourceNote);
        form.setColspan(sourceNote, 2);
        configureHistory();
        add(new Paragraph(t("committee.targets.entry.intro")), form, save, new H4(t("committee.targets.history.heading")), history);
    }

    void save() {
        clearProblems();
        FigureEntry entry = new FigureEntry(target.getValue() == null ? null : target.getValue().code(), year.getValue(),
                quarter.getValue(), value.getValue(), numerator.getValue(), denominator.getValue(), sourceNote.getValue());
        try {
            entries.enter(entry, user);
        } catch (InvalidFigureEntry invalid) {
            showProblems(invalid.problems());
            Notification.show(t("committee.targets.entry.invalid"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(t("committee.targets.entry.saved", target.getValue().name(getLocale()),
                texts.period(new org.tongban.committee.targets.Period(year.getValue(), quarter.getValue()))), 4000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        value.clear();
        numerator.clear();
        denominator.clear();
        sourceNote.clear();
        showHistory();
        saved.run();
    }

    private void showProblems(Map<String, InvalidFigureEntry.Problem> problems) {
        problems.forEach((field, problem) -> {
            HasValidation f = switch (field) {
                case "targetCode" -> target;
                case "year" -> year;
                case "quarter" -> quarter;
                case "numerator" -> numerator;
                case "denominator" -> denominator;
                case "sourceNote" -> sourceNote;
                default -> value;
            };
            f.setErrorMessage(t(problem.messageKey(), problem.arguments().toArray()));
            f.setInvalid(true);
        });
    }

    private void clearProblems() {
        for (HasValidation f : new HasValidation[] {target, year, quarter, value, numerator, denominator, sourceNote}) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private void configureHistory() {
        history.setId("plan-targets-history");
        history.addColumn(r -> texts.period(r.period())).setHeader(t("committee.targets.trend.col.period")).setAutoWidth(true);
        history.addColumn(r -> TargetTexts.plain(r.value())).setHeader(t("committee.targets.trend.col.value")).setAutoWidth(true);
        history.addColumn(r -> texts.parts(r.numerator(), r.denominator())).setHeader(t("committee.targets.col.parts"))
                .setAutoWidth(true);
        history.addColumn(EnteredRow::sourceNote).setHeader(t("committee.targets.entry.sourceNote")).setFlexGrow(3);
        history.addColumn(EnteredRow::enteredBy).setHeader(t("committee.targets.history.col.enteredBy")).setAutoWidth(true);
        history.addColumn(r -> TIME.format(r.enteredAt())).setHeader(t("committee.targets.history.col.enteredAt"))
                .setAutoWidth(true);
        history.addColumn(r -> t(r.superseded() ? "committee.targets.history.superseded" : "committee.targets.history.current"))
                .setHeader(t("committee.targets.history.col.status")).setAutoWidth(true);
        history.setAllRowsVisible(true);
    }

    private void showHistory() {
        history.setItems(target.getValue() == null ? java.util.List.of() : entries.history(target.getValue().code(), user));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
