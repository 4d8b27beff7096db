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

/**
 * A started placement: the person's first or second (ordinal 1 or 2, unique per person). It
 * counts from the moment it exists, even when it ends early.
 */
@Entity
@Table(name = "wp_placement")
class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id")
    private Long personId;

    private int ordinal;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_basis")
    private PlacementRules.TermBasis termBasis;

    @Column(name = "contract_months")
    private int contractMonths;

    @Column(name = "monthly_wage")
    private BigDecimal monthlyWage;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Placement() {
    }

    Placement(long personId, int ordinal, long applicationId, Long postId, PlacementRules.Term term,
            int contractMonths, BigDecimal monthlyWage, LocalDateTime createdAt) {
        this.personId = personId;
        this.ordinal = ordinal;
        this.applicationId = applicationId;
        this.postId = postId;
        this.startedOn = term.start();
        this.termEnd = term.end();
        this.termBasis = term.basis();
        this.contractMonths = contractMonths;
        this.monthlyWage = monthlyWage;
        this.createdAt = createdAt;
    }

    void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }

    Long getId() {
        return id;
    }

    Long getPersonId() {
        return personId;
    }

    int getOrdinal() {
        return ordinal;
    }

    Long getApplicationId() {
        return applicationId;
    }

    Long getPostId() {
        return postId;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getTermEnd() {
        return termEnd;
    }

    PlacementRules.TermBasis getTermBasis() {
        return termBasis;
    }

    BigDecimal getMonthlyWage() {
        return monthlyWage;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getEndReason() {
        return endReason;
    }
}
