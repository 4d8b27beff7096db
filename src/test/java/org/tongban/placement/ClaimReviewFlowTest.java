package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.TongbanTest;

/** HRSS reviews a recorded claim in the inbox: the computed amount is confirmed or reduced with a reason, never raised. */
@TongbanTest
class ClaimReviewFlowTest {

    @Autowired ApplicationContext context;
    @Autowired PlacementDriver driver;
    @Autowired PlacementOperations operations;
    @Autowired PlacementClaimRepository claims;
    @Autowired PlacementRepository placements;
    @Autowired WelfareApplicationRepository applications;

    @Test
    void a_raised_amount_or_a_reduction_without_reason_is_refused_and_a_reasoned_reduction_is_paid() {
        PlacementCases cases = new PlacementCases(context);
        String c = cases.claimDue();
        assertThat(operations.recordClaim(PlacementCases.HRSS, c, new PlacementReports.Claim(3, true, "")).ok()).isTrue();
        assertThat(cases.variable(c, "claimAmount")).as("the review form opens with the computed amount").isEqualTo(9630.0);

        assertThatThrownBy(() -> driver.complete(c, WelfarePlacementProcess.TASK_REVIEW_CLAIM, Map.of("claimApproved", true,
                "claimAmount", 9700, "claimNote", "材料齐全"))).hasMessageContaining("placement.claim.aboveComputed");
        assertThatThrownBy(() -> driver.complete(c, WelfarePlacementProcess.TASK_REVIEW_CLAIM, Map.of("claimApproved", true,
                "claimAmount", 6420, "claimNote", "材料齐全"))).hasMessageContaining("placement.claim.reductionReason");

        driver.complete(c, WelfarePlacementProcess.TASK_REVIEW_CLAIM, Map.of("claimApproved", true, "claimAmount", 6420,
                "reductionReason", "考勤显示一个月未到岗", "claimNote", "按考勤核减"));
        driver.complete(c, WelfarePlacementProcess.TASK_PAY_CLAIM, Map.of("paymentReference", "GK-2026-0099"));

        long placement = placements.findByApplicationId(applications.findByCaseNumber(c).orElseThrow().getId())
                .orElseThrow().getId();
        PlacementClaim paid = claims.findByPlacementIdOrderByPeriodStart(placement).get(0);
        assertThat(paid.getStatus()).isEqualTo(PlacementClaim.Status.PAID);
        assertThat(paid.getAmount()).isEqualByComparingTo("6420.00");
        assertThat(paid.getComputedAmount()).isEqualByComparingTo("9630.00");
        assertThat(paid.getReductionReason()).isEqualTo("考勤显示一个月未到岗");
    }
}
