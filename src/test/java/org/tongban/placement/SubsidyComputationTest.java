package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;
import org.tongban.inbox.RuleRefusal;

/**
 * The quarterly subsidy computed from the dated rows (minimum wage, contribution base, employer
 * rates) valid on the first day of the claim period, and HRSS's review: confirm or reduce with a reason.
 */
@TongbanTest
class SubsidyComputationTest {

    @Autowired PlacementParameters parameters;

    @Test
    void a_quarter_beginning_the_day_before_the_new_minimum_wage_is_paid_at_the_old_one() {
        SubsidyComputation s = parameters.on(LocalDate.of(2024, 11, 30)).subsidy(3);
        assertThat(s.minimumWage()).isEqualByComparingTo("1980");
        assertThat(s.postSubsidy()).isEqualByComparingTo("5940.00");
        assertThat(s.insuranceSubsidy()).isEqualByComparingTo("2820.00");
        assertThat(s.amount()).isEqualByComparingTo("8760.00");
    }

    @Test
    void a_quarter_beginning_on_the_day_of_the_new_minimum_wage_is_paid_at_the_new_one() {
        SubsidyComputation s = parameters.on(LocalDate.of(2024, 12, 1)).subsidy(3);
        assertThat(s.minimumWage()).isEqualByComparingTo("2270");
        assertThat(s.amount()).isEqualByComparingTo("9630.00");
        assertThat(s.explained()).isEqualTo("3 × 2270.00 + 3 × 4000 × 23.5% = 9630.00");
    }

    @Test
    void fewer_months_worked_get_proportionally_less() {
        assertThat(parameters.on(LocalDate.of(2026, 1, 1)).subsidy(1).amount()).isEqualByComparingTo("3210.00");
    }

    @Test
    void hrss_may_confirm_the_computed_amount_or_reduce_it_with_a_reason_but_never_raise_it() {
        PlacementClaim claim = new PlacementClaim(1L, LocalDate.of(2026, 3, 31),
                parameters.on(LocalDate.of(2026, 1, 1)).subsidy(3), "hrss.officer", LocalDateTime.now());

        assertThat(claim.refusalOfReview(true, new BigDecimal("9630.00"), null)).isEmpty();
        assertThat(claim.refusalOfReview(true, new BigDecimal("9630.01"), "多算")).map(RuleRefusal::messageKey)
                .contains("placement.claim.aboveComputed");
        assertThat(claim.refusalOfReview(true, new BigDecimal("9629.99"), " ")).map(RuleRefusal::messageKey)
                .contains("placement.claim.reductionReason");
        assertThat(claim.refusalOfReview(true, new BigDecimal("6420.00"), "一个月未到岗，按考勤核减")).isEmpty();
        assertThat(claim.refusalOfReview(false, null, null)).as("a refused claim pays nothing").isEmpty();

        claim.review(true, new BigDecimal("6420.00"), "一个月未到岗，按考勤核减");
        assertThat(claim.getAmount()).isEqualByComparingTo("6420.00");
        assertThat(claim.getComputedAmount()).isEqualByComparingTo("9630.00");
        assertThat(claim.getReductionReason()).isEqualTo("一个月未到岗，按考勤核减");
    }
}
