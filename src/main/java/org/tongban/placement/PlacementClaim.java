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

    protected PlacementClaim() {
    }

    PlacementClaim(long placementId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, LocalDateTime filedAt) {
        this.placementId = placementId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
        this.status = Status.FILED;
        this.filedAt = filedAt;
    }

    void review(boolean approved, BigDecimal approvedAmount) {
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        if (approvedAmount != null) {
            this.amount = approvedAmount;
        }
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
}
