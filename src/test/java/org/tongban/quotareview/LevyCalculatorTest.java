package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.quotareview.QuotaFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The formula of quota-review.md with the worked examples and the tier boundaries. */
class LevyCalculatorTest {

    /** The rows in force for review years up to 2027, with S = 50,000 as in the worked example. */
    static final LevyParameters UNTIL_2027 = new LevyParameters(dec("0.015"), dec("2"), dec("50000"), dec("0.01"),
            dec("0.50"), dec("0.90"), dec("30"), List.of());
    /** After 2027-12-31 without a new row: no tiers, no exemption. */
    static final LevyParameters FROM_2028 = new LevyParameters(dec("0.015"), dec("2"), dec("50000"), null, null, null,
            null, List.of());

    private static LevyResult levy(EmployerKind kind, String n, String payroll, String d, LevyParameters p) {
        return LevyCalculator.calculate(kind, dec(n), dec(payroll), dec(d), p);
    }

    @Nested
    class WorkedExamples {

        @Test
        void one_grade_four_employee_in_two_hundred_pays_90_percent_of_the_base() {
            LevyResult r = levy(EmployerKind.ENTERPRISE, "200", "12000000", "1", UNTIL_2027);
            assertThat(r.required()).isEqualByComparingTo("3");
            assertThat(r.cappedWage()).isEqualByComparingTo("60000");
            assertThat(r.gap()).isEqualByComparingTo("2");
            assertThat(r.base()).isEqualByComparingTo("120000");
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.LOW);
            assertThat(r.fee()).isEqualTo(dec("108000.00"));
            assertThat(r.rewardEligible()).isFalse();
        }

        @Test
        void the_same_employee_at_grade_two_counts_twice_and_halves_the_rate() {
            LevyResult r = levy(EmployerKind.ENTERPRISE, "200", "12000000", "2", UNTIL_2027);
            assertThat(r.base()).isEqualByComparingTo("60000");
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.MID);
            assertThat(r.fee()).isEqualTo(dec("30000.00"));
        }

        @Test
        void an_enterprise_of_twenty_five_is_exempt() {
            LevyResult r = levy(EmployerKind.ENTERPRISE, "25", "1500000", "0", UNTIL_2027);
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.SMALL_ENTERPRISE_EXEMPT);
            assertThat(r.fee()).isEqualTo(dec("0.00"));
        }

        @Test
        void three_in_a_hundred_pays_nothing_and_may_be_rewarded() {
            LevyResult r = levy(EmployerKind.ENTERPRISE, "100", "6000000", "3", UNTIL_2027);
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.RATIO_MET);
            assertThat(r.fee()).isEqualTo(dec("0.00"));
            assertThat(r.rewardEligible()).isTrue();
        }
    }

    @Nested
    class Boundaries {

        @Test
        void exactly_one_percent_is_the_middle_tier_and_just_below_is_the_low_tier() {
            assertThat(levy(EmployerKind.ENTERPRISE, "300", "18000000", "3", UNTIL_2027).tier()).isEqualTo(LevyResult.Tier.MID);
            LevyResult below = levy(EmployerKind.ENTERPRISE, "300", "18000000", "2.9166666666666666666666666666666667", UNTIL_2027);
            assertThat(below.tier()).isEqualTo(LevyResult.Tier.LOW);
        }

        @Test
        void exactly_one_and_a_half_percent_pays_nothing_but_is_not_yet_reward_eligible() {
            LevyResult r = levy(EmployerKind.PUBLIC_INSTITUTION, "200", "12000000", "3", UNTIL_2027);
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.RATIO_MET);
            assertThat(r.fee()).isEqualTo(dec("0.00"));
            assertThat(r.rewardEligible()).isFalse();
            assertThat(levy(EmployerKind.PUBLIC_INSTITUTION, "200", "12000000", "4", UNTIL_2027).rewardEligible()).isTrue();
        }

        @Test
        void thirty_staff_are_exempt_and_thirty_one_are_not() {
            assertThat(levy(EmployerKind.ENTERPRISE, "30", "1800000", "0", UNTIL_2027).fee()).isEqualTo(dec("0.00"));
            LevyResult r = levy(EmployerKind.ENTERPRISE, "31", "1860000", "0", UNTIL_2027);
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.LOW);
            // 31 × 1.5 % = 0.465; 0.465 × 60,000 × 90 % = 25,110
            assertThat(r.fee()).isEqualTo(dec("25110.00"));
        }

        @Test
        void the_exemption_is_for_enterprises_only() {
            LevyResult r = levy(EmployerKind.AGENCY, "25", "1500000", "0", UNTIL_2027);
            assertThat(r.tier()).isEqualTo(LevyResult.Tier.LOW);
            assertThat(r.fee()).isEqualTo(dec("20250.00"));
        }

        @Test
        void a_wage_at_exactly_twice_the_average_is_not_cut_and_above_it_is() {
            LevyResult at = levy(EmployerKind.ENTERPRISE, "100", "10000000", "0", UNTIL_2027);
            assertThat(at.cappedWage()).isEqualByComparingTo("100000");
            assertThat(at.fee()).isEqualTo(dec("135000.00"));
            LevyResult above = levy(EmployerKind.ENTERPRISE, "100", "10000100", "0", UNTIL_2027);
            assertThat(above.cappedWage()).isEqualByComparingTo("100000");
            assertThat(above.fee()).isEqualTo(dec("135000.00"));
        }

        @Test
        void after_2027_without_a_new_row_the_full_base_is_due_and_no_one_is_exempt() {
            assertThat(levy(EmployerKind.ENTERPRISE, "200", "12000000", "1", FROM_2028).fee()).isEqualTo(dec("120000.00"));
            LevyResult small = levy(EmployerKind.ENTERPRISE, "25", "1500000", "0", FROM_2028);
            assertThat(small.tier()).isEqualTo(LevyResult.Tier.FULL);
            assertThat(small.fee()).isEqualTo(dec("22500.00"));
        }

        @Test
        void fractional_gaps_are_not_rounded_before_the_fee() {
            // N = 45.5 → required 0.6825; Wcap = 2,000,000 / 45.5 = 43,956.04…; fee = 0.9 × 0.6825 × 43,956.04… = 27,000.00
            LevyResult r = levy(EmployerKind.PUBLIC_INSTITUTION, "45.5", "2000000", "0", UNTIL_2027);
            assertThat(r.fee()).isEqualTo(dec("27000.00"));
        }

        @Test
        void a_zero_headcount_is_refused() {
            assertThatThrownBy(() -> levy(EmployerKind.ENTERPRISE, "0", "0", "0", UNTIL_2027))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_late_fee_is_five_per_mille_a_day_of_the_unpaid_amount() {
        assertThat(LevyCalculator.lateFee(dec("108000.00"), dec("0.005"), 10)).isEqualTo(dec("5400.00"));
        assertThat(LevyCalculator.lateFee(dec("108000.00"), dec("0.005"), 0)).isEqualTo(BigDecimal.ZERO.setScale(2));
    }
}
