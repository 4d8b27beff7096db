package org.tongban.committee.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tongban.committee.targets.InvalidFigureEntry.Problem;
import org.tongban.committee.targets.PlanTarget.MeasuredBy;

class FigureEntryCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Map<String, PlanTarget> TARGETS = Map.of(
            "ASSISTIVE_DEVICES", new PlanTarget("ASSISTIVE_DEVICES", TargetKind.PERCENT_AT_LEAST, MeasuredBy.ENTERED, n("90"), null, 2021, 2030),
            "ENTREPRENEURSHIP_50", new PlanTarget("ENTREPRENEURSHIP_50", TargetKind.COUNT_CUMULATIVE, MeasuredBy.ENTERED, n("50"), null, 2021, 2030),
            "REHAB_COORDINATORS", new PlanTarget("REHAB_COORDINATORS", TargetKind.RATIO_WITHIN, MeasuredBy.ENTERED, n("80"), n("150"), 2021, 2030),
            "REHAB_BASIC_SERVICE", new PlanTarget("REHAB_BASIC_SERVICE", TargetKind.PERCENT_AT_LEAST, MeasuredBy.COMPUTED, n("90"), null, 2021, 2030));

    static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static FigureEntryCheck.Checked check(String code, Integer year, Integer quarter, String value, String numerator,
            String denominator, String note) {
        return FigureEntryCheck.check(new FigureEntry(code, year, quarter, n(value), n(numerator), n(denominator), note),
                (c, y) -> Optional.ofNullable(TARGETS.get(c)).filter(t -> t.appliesTo(y)), TODAY);
    }

    static Map<String, Problem> problems(String code, Integer year, Integer quarter, String value, String numerator,
            String denominator, String note) {
        try {
            check(code, year, quarter, value, numerator, denominator, note);
        } catch (InvalidFigureEntry e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void a_rate_given_by_its_parts_gets_its_value_computed() {
        var checked = check("ASSISTIVE_DEVICES", 2025, null, null, "134", "145", "年度统计报表");
        assertThat(checked.value()).isEqualByComparingTo("92.4");
        assertThat(checked.period()).isEqualTo(Period.year(2025));
    }

    @Test
    void a_value_beside_its_parts_is_accepted_within_rounding() {
        assertThat(check("ASSISTIVE_DEVICES", 2025, 2, "92.4", "134", "145", "台账").value()).isEqualByComparingTo("92.4");
        assertThat(check("REHAB_COORDINATORS", 2026, 3, null, "766", "8", "花名册").value()).isEqualByComparingTo("95.8");
    }

    @Test
    void a_count_keeps_its_whole_number_and_drops_parts() {
        var checked = check("ENTREPRENEURSHIP_50", 2026, 1, "3", "3", "9", "台账");
        assertThat(checked.value()).isEqualByComparingTo("3");
        assertThat(checked.numerator()).isNull();
        assertThat(checked.denominator()).isNull();
    }

    @Nested
    class Refused {

        @Test
        void missing_target_year_and_source_note() {
            assertThat(problems(null, null, null, "90", null, null, "  ")).containsOnlyKeys("targetCode", "year", "sourceNote")
                    .allSatisfy((field, p) -> assertThat(p.messageKey()).isEqualTo("committee.targets.error.required"));
        }

        @Test
        void a_figure_tongban_computes() {
            assertThat(problems("REHAB_BASIC_SERVICE", 2025, null, "88", null, null, "x").get("targetCode").messageKey())
                    .isEqualTo("committee.targets.error.computed");
        }

        @Test
        void a_year_without_a_target_in_force_and_a_period_not_yet_begun() {
            assertThat(problems("ASSISTIVE_DEVICES", 2019, null, "88", null, null, "x").get("year"))
                    .isEqualTo(new Problem("committee.targets.error.noTarget", java.util.List.of(2019)));
            assertThat(problems("ASSISTIVE_DEVICES", 2027, null, "88", null, null, "x")).containsKey("year");
            assertThat(problems("ASSISTIVE_DEVICES", 2027, 1, "88", null, null, "x")).containsKey("quarter");
            assertThat(check("ASSISTIVE_DEVICES", 2026, 4, "88", null, null, "x").value()).isEqualByComparingTo("88");
        }

        @Test
        void a_rate_above_a_hundred_a_numerator_above_its_denominator_and_negative_numbers() {
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, "100.5", null, null, "x").get("value").messageKey())
                    .isEqualTo("committee.targets.error.percentRange");
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, null, "146", "145", "x").get("numerator").messageKey())
                    .isEqualTo("committee.targets.error.numeratorAboveDenominator");
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, "-1", null, null, "x").get("value").messageKey())
                    .isEqualTo("committee.targets.error.negative");
        }

        @Test
        void a_value_that_disagrees_with_its_parts_names_the_value_they_give() {
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, "93.0", "134", "145", "x").get("value"))
                    .isEqualTo(new Problem("committee.targets.error.disagrees", java.util.List.of("92.4")));
        }

        @Test
        void one_part_without_the_other_a_zero_denominator_and_nothing_at_all() {
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, "90", "10", null, "x")).containsKey("denominator");
            assertThat(problems("REHAB_COORDINATORS", 2025, null, null, "766", "0", "x").get("denominator").messageKey())
                    .isEqualTo("committee.targets.error.zero");
            assertThat(problems("ASSISTIVE_DEVICES", 2025, null, null, null, null, "x").get("value").messageKey())
                    .isEqualTo("committee.targets.error.valueOrParts");
        }

        @Test
        void a_fraction_of_a_person_and_an_overlong_note() {
            assertThat(problems("ENTREPRENEURSHIP_50", 2025, null, "2.5", null, null, "x").get("value").messageKey())
                    .isEqualTo("committee.targets.error.wholeNumber");
            assertThat(problems("ENTREPRENEURSHIP_50", 2025, null, "2", null, null, "字".repeat(301)).get("sourceNote").messageKey())
                    .isEqualTo("committee.targets.error.tooLong");
        }

        @Test
        void a_quarter_outside_one_to_four() {
            assertThatThrownBy(() -> check("ASSISTIVE_DEVICES", 2025, 5, "90", null, null, "x"))
                    .isInstanceOf(InvalidFigureEntry.class);
            assertThat(problems("ASSISTIVE_DEVICES", 2025, 0, "90", null, null, "x")).containsOnlyKeys("quarter");
        }
    }
}
