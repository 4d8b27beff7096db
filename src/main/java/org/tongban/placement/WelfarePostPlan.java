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
import java.time.LocalDateTime;

/** The yearly 公益性岗位计划 (step 1): proposed by CDPF, approved by HRSS, funded by FIN. */
@Entity
@Table(name = "wp_post_plan")
class WelfarePostPlan {

    enum Status { PROPOSED, APPROVED, FUNDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year")
    private int planYear;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "subsidy_budget")
    private BigDecimal subsidyBudget;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected WelfarePostPlan() {
    }

    WelfarePostPlan(int planYear, String caseNumber, LocalDateTime createdAt) {
        this.planYear = planYear;
        this.caseNumber = caseNumber;
        this.subsidyBudget = BigDecimal.ZERO;
        this.status = Status.PROPOSED;
        this.createdAt = createdAt;
    }

    void fund(BigDecimal budget) {
        this.subsidyBudget = budget;
        this.status = Status.FUNDED;
    }

    Long getId() {
        return id;
    }

    int getPlanYear() {
        return planYear;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    Status getStatus() {
        return status;
    }
}
