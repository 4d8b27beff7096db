package org.tongban.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.inbox.RuleRefusal;

/** The employer's subsidy claim for one quarter of a placement. */
@Entity
@Table(name = "wp_claim")
class PlacementClaim {

    enum Status { FILED, APPROVED, REJECTED, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Column(name = "months_worked")
    private Integer monthsWorked;

    @Column(name = "computed_amount")
    private BigDecimal computedAmount;

    @Column(name = "reduction_reason")
    private String reductionReason;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected PlacementClaim() {
    }

    /** A claim as recorded for the employer: the amount is the computed one until HRSS reviews it. */
    PlacementClaim(long placementId, LocalDate periodEnd, SubsidyComputation computed, String recordedBy,
            LocalDateTime filedAt) {
        this.placementId = placementId;
        this.periodStart = computed.periodStart();
        this.periodEnd = periodEnd;
        this.monthsWorked = computed.monthsWorked();
        this.computedAmount = computed.amount();
        this.amount = computed.amount();
        this.status = Status.FILED;
        this.recordedBy = recordedBy;
        this.filedAt = filedAt;
    }

    /**
     * HRSS's review: approved at the computed amount or less, a reduction with its reason. The
     * rule is {@link #refusalOfReview}.
     */
    void review(boolean approved, BigDecimal approvedAmount, String reason) {
        refusalOfReview(approved, approvedAmount, reason).ifPresent(r -> {
            throw r;
        });
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        if (approved && approvedAmount != null) {
            this.amount = approvedAmount;
        }
        this.reductionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** HRSS confirms the computed amount or reduces it with a reason; it never raises it. */
    java.util.Optional<RuleRefusal> refusalOfReview(boolean approved, BigDecimal approvedAmount, String reason) {
        if (!approved || computedAmount == null) {
            return java.util.Optional.empty();
        }
        if (approvedAmount == null) {
            return java.util.Optional.of(new RuleRefusal("placement.claim.amountRequired", computedAmount.toPlainString()));
        }
        if (approvedAmount.compareTo(computedAmount) > 0) {
            return java.util.Optional.of(new RuleRefusal("placement.claim.aboveComputed", computedAmount.toPlainString()));
        }
        if (approvedAmount.compareTo(computedAmount) < 0 && (reason == null || reason.strip().length() < 2)) {
            return java.util.Optional.of(new RuleRefusal("placement.claim.reductionReason", computedAmount.toPlainString()));
        }
        return java.util.Optional.empty();
    }

    void paid(LocalDateTime at) {
        this.status = Status.PAID;
        this.paidAt = at;
    }

    Long getId() {
        return id;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    BigDecimal getAmount() {
        return amount;
    }

    Status getStatus() {
        return status;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    Integer getMonthsWorked() {
        return monthsWorked;
    }

    BigDecimal getComputedAmount() {
        return computedAmount;
    }

    String getReductionReason() {
        return reductionReason;
    }
}
