package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.tongban.base.TitledSection;
import org.tongban.committee.targets.PlanTargets;
import org.tongban.committee.targets.TargetFigure;
import org.tongban.security.TongbanUser;

/**
 * The plan targets as a page section: a year, a table of every target with its value, source,
 * gap and standing in words, the cases behind a computed figure, and the trend of the chosen
 * target as a chart with the same numbers in a table beside it. The committee page includes it
 * with {@code new PlanTargetsSection(planTargets, user, year)}.
 */
public class PlanTargetsSection extends TitledSection {

    final Select<Integer> year = new Select<>();
    final Grid<TargetFigure> table = new Grid<>();
    final TrendPanel trend;
    private final PlanTargets targets;
    private final TongbanUser user;
    private final TargetTexts texts = new TargetTexts(this);

    /**
     * @param firstYear the year shown first (usually the current one); years from 2021 to it can be chosen
     */
    public PlanTargetsSection(PlanTargets targets, TongbanUser user, int firstYear) {
        super("committee.targets.heading");
        this.targets = targets;
        this.user = user;
        this.trend = new TrendPanel(texts);
        setId("plan-targets");
        year.setLabel(getTranslation("committee.targets.year"));
        year.setItems(IntStream.rangeClosed(2021, Math.max(2021, firstYear)).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(firstYear);
        year.setId("plan-targets-year");
        year.addValueChangeListener(e -> show(e.getValue()));
        add(new Paragraph(getTranslation("committee.targets.intro")), year, table(), trend);
        show(firstYear);
    }

    /** Shows the targets of a year (year to date for the current one). */
    public void show(int shownYear) {
        List<TargetFigure> figures = targets.figures(shownYear, user);
        table.setItems(figures);
        figures.stream().findFirst().ifPresentOrElse(table::select, () -> trend.show(null));
    }

    private Grid<TargetFigure> table() {
        table.setId("plan-targets-table");
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        table.addColumn(f -> f.name(getLocale())).setHeader(getTranslation("committee.targets.col.target"))
                .setWidth("12rem").setFlexGrow(2).setKey("target");
        table.addColumn(texts::goal).setHeader(getTranslation("committee.targets.col.goal")).setWidth("8rem").setFlexGrow(1)
                .setKey("goal");
        table.addColumn(texts::baseline).setHeader(getTranslation("committee.targets.col.baseline")).setWidth("8rem")
                .setFlexGrow(1).setKey("baseline");
        table.addColumn(texts::value).setHeader(getTranslation("committee.targets.col.value")).setWidth("9rem").setFlexGrow(1)
                .setKey("value");
        table.addColumn(f -> texts.parts(f.numerator(), f.denominator())).setHeader(getTranslation("committee.targets.col.parts"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END).setKey("parts");
        table.addColumn(texts::gap).setHeader(getTranslation("committee.targets.col.gap")).setWidth("7rem").setFlexGrow(1)
                .setKey("gap");
        table.addColumn(f -> texts.standing(f.standing())).setHeader(getTranslation("committee.targets.col.standing"))
                .setAutoWidth(true).setKey("standing");
        table.addColumn(texts::source).setHeader(getTranslation("committee.targets.col.source")).setWidth("14rem").setFlexGrow(3)
                .setKey("source");
        table.addComponentColumn(this::casesButton).setHeader(getTranslation("committee.targets.col.cases")).setAutoWidth(true)
                .setKey("cases");
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("committee.targets.none"));
        table.setSelectionMode(Grid.SelectionMode.SINGLE);
        table.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                trend.show(e.getValue());
            }
        });
        return table;
    }

    private com.vaadin.flow.component.Component casesButton(TargetFigure f) {
        if (!targets.isComputed(f.code()) || f.value() == null) {
            return new com.vaadin.flow.component.html.Span("—");
        }
        Button button = new Button(getTranslation("committee.targets.cases.button"),
                e -> new CasesDialog(texts, f, targets.cases(f.code(), f.period(), user)).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("committee.targets.cases.aria", f.name(getLocale())));
        button.setId("plan-targets-cases-" + f.code());
        return button;
    }

    /** The figures shown, for tests and for a caller that wants the same numbers. */
    List<TargetFigure> shown() {
        return table.getListDataView().getItems().toList();
    }
}
