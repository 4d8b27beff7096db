package org.tongban.quotareview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An employer under Erenhot's jurisdiction, known by its unified social credit code. */
@Entity
@Table(name = "qr_employer")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code")
    private String creditCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private EmployerKind kind;

    @Column(name = "budget_funded")
    private boolean budgetFunded;

    @Column(name = "vat_refund_unit")
    private boolean vatRefundUnit;

    @Column(name = "committee_member")
    private boolean committeeMember;

    @Column(name = "registered_at")
    private LocalDateTime registeredAt;

    protected Employer() {
    }

    Employer(UnifiedCreditCode code, String name, EmployerKind kind, boolean budgetFunded, boolean vatRefundUnit,
            boolean committeeMember, LocalDateTime registeredAt) {
        this.creditCode = code.value();
        this.name = name;
        this.kind = kind;
        this.budgetFunded = budgetFunded;
        this.vatRefundUnit = vatRefundUnit;
        this.committeeMember = committeeMember;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public EmployerKind getKind() {
        return kind;
    }

    /** Budget-funded bodies get no reward (奖励办法). */
    public boolean isBudgetFunded() {
        return budgetFunded;
    }

    /** Concentrated-employment units receiving VAT refunds get no reward (奖励办法). */
    public boolean isVatRefundUnit() {
        return vatRefundUnit;
    }

    /** A member unit of the 残工委, expected to reach the ratio first (city plan 四(一)2). */
    public boolean isCommitteeMember() {
        return committeeMember;
    }
}
