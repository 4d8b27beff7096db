package org.tongban.committee.targets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.committee.targets.EnterableTarget;
import org.tongban.committee.targets.TargetFigure;

/** The plan targets page; what CDPF saves here is rolled back with the test's transaction. */
@TongbanTest
@Transactional
class PlanTargetsViewTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    private static TargetFigure row(PlanTargetsSection section, String code) {
        return section.shown().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_committee_sees_each_target_with_its_standing_in_words_and_its_source_and_cannot_enter() {
        SignedInUi.open(context, "committee");
        UI.getCurrent().navigate(PlanTargetsView.class);
        PlanTargetsView view = _get(PlanTargetsView.class);
        assertThat(view.entry).isNull();
        PlanTargetsSection section = view.section;
        section.year.setValue(2025);
        assertThat(GridKt._size(section.table)).isEqualTo(9);
        int startups = section.shown().indexOf(row(section, "ENTREPRENEURSHIP_50"));
        assertThat(GridKt._getFormattedRow(section.table, startups)).contains("扶持残疾人创业（\"50创业\"）", "50人（2021–2025年累计）",
                "本年9人，累计47人，应达50人", "距规划目标差3人", "✗ 未达标");
        int devices = section.shown().indexOf(row(section, "ASSISTIVE_DEVICES"));
        assertThat(GridKt._getFormattedRow(section.table, devices)).contains("≥ 90%", "2020年：91.9%", "92.4%（2025年）",
                "134 / 145", "已达到", "✓ 达标")
                .anySatisfy(cell -> assertThat(cell).startsWith("市残联录入：王丽娟，2026-01-10"));
    }

    @Test
    void choosing_a_target_shows_its_trend_as_a_chart_and_the_same_numbers_in_a_table() {
        SignedInUi.open(context, "committee");
        UI.getCurrent().navigate(PlanTargetsView.class);
        PlanTargetsSection section = _get(PlanTargetsView.class).section;
        section.year.setValue(2025);
        section.table.select(row(section, "COMPULSORY_EDUCATION"));
        assertThat(section.trend.heading.getText()).endsWith("残疾儿童义务教育入学率");
        assertThat(GridKt._size(section.trend.points)).isEqualTo(5);
        assertThat(section.trend.chart.getOption()).contains("\"2021\"", "\"2025\"", "97.1", "markLine");
        assertThat(section.trend.chart.getElement().getAttribute("aria-label")).contains("2021年 95.5%", "目标 ≥ 97%");
    }

    @Test
    void the_cases_behind_a_computed_figure_open_as_case_numbers_only() {
        SignedInUi.open(context, "committee");
        UI.getCurrent().navigate(PlanTargetsView.class);
        PlanTargetsSection section = _get(PlanTargetsView.class).section;
        section.year.setValue(2026);
        TargetFigure rehab = row(section, "REHAB_BASIC_SERVICE");
        if (rehab.value() == null) {
            assertThat(section.shown()).isNotEmpty();
            return;
        }
        int index = section.shown().indexOf(rehab);
        Button cases = (Button) GridKt._getCellComponent(section.table, index, "cases");
        cases.click();
        CasesDialog dialog = _get(CasesDialog.class);
        assertThat(GridKt._findAll(dialog.cases)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.caseNumber()).matches("RR-\\d{4}-\\d{6}"));
    }

    @Test
    void a_cdpf_officer_is_told_what_is_wrong_on_the_field_and_a_good_entry_updates_the_table() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(PlanTargetsView.class);
        PlanTargetsView view = _get(PlanTargetsView.class);
        FigureEntryForm form = view.entry;
        assertThat(form).isNotNull();
        EnterableTarget devices = form.target.getListDataView().getItems()
                .filter(t -> t.code().equals("ASSISTIVE_DEVICES")).findFirst().orElseThrow();
        form.target.setValue(devices);
        form.quarter.setValue(4);
        form.numerator.setValue(new BigDecimal("146"));
        form.denominator.setValue(new BigDecimal("145"));
        form.save.click();
        assertThat(form.numerator.isInvalid()).isTrue();
        assertThat(form.numerator.getErrorMessage()).isEqualTo("分子不能大于分母");
        assertThat(form.sourceNote.isInvalid()).isTrue();
        assertThat(form.sourceNote.getErrorMessage()).isEqualTo("必填");

        form.numerator.setValue(new BigDecimal("132"));
        form.sourceNote.setValue("市残联辅助器具适配台账（2026年四季度）");
        form.save.click();
        assertThat(form.numerator.isInvalid()).isFalse();
        assertThat(GridKt._findAll(form.history)).first().satisfies(r -> {
            assertThat(r.value()).isEqualByComparingTo("91.0");
            assertThat(r.enteredBy()).isEqualTo("cdpf.officer");
        });
        assertThat(row(view.section, "ASSISTIVE_DEVICES").period().label()).isEqualTo("2026Q4");
    }
}
