package org.tongban.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A post of the yearly plan: OPEN, MATCHED to a candidate during 公示, FILLED by a placement. */
@Entity
@Table(name = "wp_post")
class WelfarePost {

    enum Status { OPEN, MATCHED, FILLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String title;
    private String employer;

    @Column(name = "grass_roots_unit")
    private String grassRootsUnit;

    @Column(name = "monthly_wage")
    private BigDecimal monthlyWage;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    protected WelfarePost() {
    }

    WelfarePost(long planId, String title, String employer, String grassRootsUnit, BigDecimal monthlyWage) {
        this.planId = planId;
        this.title = title;
        this.employer = employer;
        this.grassRootsUnit = grassRootsUnit;
        this.monthlyWage = monthlyWage;
        this.status = Status.OPEN;
    }

    void moveTo(Status next) {
        this.status = next;
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    String getTitle() {
        return title;
    }

    String getEmployer() {
        return employer;
    }

    String getGrassRootsUnit() {
        return grassRootsUnit;
    }

    BigDecimal getMonthlyWage() {
        return monthlyWage;
    }

    Status getStatus() {
        return status;
    }
}
