package org.tongban.committee.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.committee.targets.TargetFigure.Origin;
import org.tongban.committee.targets.TargetFigure.Standing;
import org.tongban.inbox.RuleRefusal;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/** The plan targets over the demo's entered figures (2021–2026); entries made here are rolled back. */
@TongbanTest
@Transactional
class PlanTargetsTest {

    static final TongbanUser COMMITTEE = new TongbanUser("committee", "彭立新", "COMMITTEE", Set.of(Role.COMMITTEE));
    static final TongbanUser CDPF = new TongbanUser("cdpf.officer", "王丽娟", "CDPF", Set.of(Role.OFFICER));
    static final TongbanUser CDPF_SUPERVISOR = new TongbanUser("cdpf.supervisor", "宋卫东", "CDPF", Set.of(Role.SUPERVISOR));
    static final TongbanUser HRSS = new TongbanUser("hrss.officer", "李建国", "HRSS", Set.of(Role.OFFICER));
    static final TongbanUser ADMIN = new TongbanUser("admin", "系统管理员", null, Set.of(Role.ADMIN));

    @Autowired PlanTargets targets;
    @Autowired FigureEntries entries;
    @Autowired AuditLog audit;

    static TargetFigure of(List<TargetFigure> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_committee_reads_every_target_of_the_plan_in_its_order_with_where_each_figure_came_from() {
        List<TargetFigure> figures = targets.figures(2025, COMMITTEE);
        assertThat(figures).extracting(TargetFigure::code).containsExactly("REHAB_BASIC_SERVICE", "ASSISTIVE_DEVICES",
                "EMPLOYMENT_50", "ENTREPRENEURSHIP_50", "RETROFIT_YEARLY", "QUOTA_MEMBER_UNITS", "REHAB_COORDINATORS",
                "COMPULSORY_EDUCATION", "ZERO_EMPLOYMENT_FAMILIES");
        TargetFigure devices = of(figures, "ASSISTIVE_DEVICES");
        assertThat(devices.value()).isEqualByComparingTo("92.4");
        assertThat(devices.numerator()).isEqualByComparingTo("134");
        assertThat(devices.baselineValue()).isEqualByComparingTo("91.9");
        assertThat(devices.standing()).isEqualTo(Standing.ON_TRACK);
        assertThat(devices.source().origin()).isEqualTo(Origin.ENTERED);
        assertThat(devices.source().enteredBy()).isEqualTo("cdpf.officer");
        assertThat(devices.source().enteredByName()).isEqualTo("王丽娟");
        assertThat(devices.years()).extracting(p -> p.value().doubleValue())
                .containsExactly(91.2, 92.0, 90.6, 93.1, 92.4);
        assertThat(devices.targetMark()).isEqualTo("CITY_PLAN");
        assertThat(of(figures, "REHAB_BASIC_SERVICE").source() == null
                || of(figures, "REHAB_BASIC_SERVICE").source().origin() == Origin.COMPUTED).isTrue();
    }

    @Test
    void a_count_is_summed_over_the_plan_and_compared_with_its_pro_rata_share() {
        TargetFigure startups = of(targets.figures(2025, COMMITTEE), "ENTREPRENEURSHIP_50");
        assertThat(startups.value()).isEqualByComparingTo("9");
        assertThat(startups.cumulative()).isEqualByComparingTo("47");
        assertThat(startups.expected()).isEqualByComparingTo("50");
        assertThat(startups.gap()).isEqualByComparingTo("3");
        assertThat(startups.standing()).isEqualTo(Standing.OFF_TRACK);
        assertThat(startups.years()).extracting(p -> p.cumulative().intValue()).containsExactly(8, 17, 28, 38, 47);

        TargetFigure education2024 = of(targets.figures(2024, COMMITTEE), "COMPULSORY_EDUCATION");
        assertThat(education2024.value()).isEqualByComparingTo("96.2");
        assertThat(education2024.gap()).isEqualByComparingTo("0.8");
        assertThat(education2024.standing()).isEqualTo(Standing.OFF_TRACK);
    }

    @Test
    void from_2026_the_carried_forward_targets_apply_and_quarters_make_the_year_to_date() {
        List<TargetFigure> figures = targets.figures(2026, COMMITTEE);
        TargetFigure startups = of(figures, "ENTREPRENEURSHIP_50");
        assertThat(startups.targetMark()).isEqualTo("DEFAULT");
        assertThat(startups.planFrom()).isEqualTo(2026);
        assertThat(startups.cumulative()).isEqualByComparingTo("7");
        assertThat(startups.expected()).isEqualByComparingTo("10");
        assertThat(startups.quarters()).hasSize(3);
        TargetFigure devices = of(figures, "ASSISTIVE_DEVICES");
        assertThat(devices.period()).isEqualTo(Period.quarter(2026, 3));
        assertThat(devices.value()).isEqualByComparingTo("91.0");
        assertThat(devices.quarters()).extracting(p -> p.value().doubleValue()).containsExactly(88.9, 89.8, 91.0);
        assertThat(devices.years()).hasSize(6);
        TargetFigure coordinators = of(figures, "REHAB_COORDINATORS");
        assertThat(coordinators.value()).isEqualByComparingTo("95.8");
        assertThat(coordinators.standing()).isEqualTo(Standing.ON_TRACK);
        assertThat(of(targets.figures(2021, COMMITTEE), "REHAB_COORDINATORS").standing()).isEqualTo(Standing.OFF_TRACK);
    }

    @Test
    void a_cdpf_officer_corrects_a_figure_the_old_entry_stays_and_the_entry_is_audited() {
        long id = entries.enter(new FigureEntry("ZERO_EMPLOYMENT_FAMILIES", 2026, 3, null, new BigDecimal("12"),
                new BigDecimal("12"), "零就业家庭动态台账（更正）"), CDPF);
        TargetFigure families = of(targets.figures(2026, COMMITTEE), "ZERO_EMPLOYMENT_FAMILIES");
        assertThat(families.value()).isEqualByComparingTo("100.0");
        assertThat(families.standing()).isEqualTo(Standing.ON_TRACK);
        assertThat(families.source().note()).isEqualTo("零就业家庭动态台账（更正）");
        List<EnteredRow> history = entries.history("ZERO_EMPLOYMENT_FAMILIES", COMMITTEE);
        assertThat(history.get(0).id()).isEqualTo(id);
        assertThat(history.get(0).superseded()).isFalse();
        assertThat(history).filteredOn(r -> r.period().equals(Period.quarter(2026, 3)) && r.id() != id)
                .singleElement().satisfies(r -> assertThat(r.superseded()).isTrue());
        assertThat(audit.byUser("cdpf.officer")).anyMatch(e -> e.getAction().equals(FigureEntries.AUDIT_ENTERED)
                && e.getSubject().equals("plan-target:ZERO_EMPLOYMENT_FAMILIES:2026Q3"));
    }

    @Test
    void a_cdpf_supervisor_may_enter_too() {
        entries.enter(new FigureEntry("ENTREPRENEURSHIP_50", 2026, 4, new BigDecimal("1"), null, null, "台账"), CDPF_SUPERVISOR);
        assertThat(of(targets.figures(2026, COMMITTEE), "ENTREPRENEURSHIP_50").cumulative()).isEqualByComparingTo("8");
    }

    @Test
    void the_committee_an_administrator_and_other_agencies_may_not_enter_and_nothing_is_written() {
        FigureEntry entry = new FigureEntry("ASSISTIVE_DEVICES", 2026, 4, new BigDecimal("95"), null, null, "x");
        for (TongbanUser user : List.of(COMMITTEE, ADMIN, HRSS)) {
            assertThatThrownBy(() -> entries.enter(entry, user)).isInstanceOfSatisfying(RuleRefusal.class,
                    r -> assertThat(r.messageKey()).isEqualTo("committee.targets.error.mayNotEnter"));
        }
        assertThat(entries.history("ASSISTIVE_DEVICES", COMMITTEE)).noneMatch(r -> r.period().equals(Period.quarter(2026, 4)));
    }

    @Test
    void a_figure_tongban_computes_cannot_be_entered() {
        assertThatThrownBy(() -> entries.enter(new FigureEntry("EMPLOYMENT_50", 2025, null, BigDecimal.TEN, null, null, "x"), CDPF))
                .isInstanceOfSatisfying(InvalidFigureEntry.class,
                        e -> assertThat(e.problems().get("targetCode").messageKey()).isEqualTo("committee.targets.error.computed"));
        assertThat(entries.enterable(2026)).extracting(EnterableTarget::code).containsExactly("ASSISTIVE_DEVICES",
                "ENTREPRENEURSHIP_50", "REHAB_COORDINATORS", "COMPULSORY_EDUCATION", "ZERO_EMPLOYMENT_FAMILIES");
    }

    @Test
    void another_agencys_officer_may_not_read_the_figures() {
        assertThatThrownBy(() -> targets.figures(2026, HRSS)).isInstanceOfSatisfying(RuleRefusal.class,
                r -> assertThat(r.messageKey()).isEqualTo("committee.targets.error.mayNotRead"));
        assertThatThrownBy(() -> targets.cases("EMPLOYMENT_50", Period.year(2026), HRSS)).isInstanceOf(RuleRefusal.class);
        assertThat(targets.figures(2026, CDPF)).isNotEmpty();
    }

    @Test
    void the_cases_behind_a_computed_figure_are_case_numbers_only_and_their_reading_is_audited() {
        var cases = targets.cases("REHAB_BASIC_SERVICE", Period.year(2026), COMMITTEE);
        assertThat(cases).allSatisfy(c -> assertThat(c.caseNumber()).matches("RR-\\d{4}-\\d{6}"));
        assertThat(audit.byUser("committee")).anyMatch(e -> e.getAction().equals(PlanTargets.AUDIT_CASES_READ)
                && e.getSubject().equals("plan-target:REHAB_BASIC_SERVICE:2026"));
        assertThat(targets.cases("ASSISTIVE_DEVICES", Period.year(2026), COMMITTEE)).isEmpty();
    }
}
