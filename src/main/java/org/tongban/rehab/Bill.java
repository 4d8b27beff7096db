package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The institution's bill for one settlement cycle: reviewed by CDPF, insured part by MEDINS, rest by FIN. */
@Entity
@Table(name = "rehab_bill")
class Bill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    @Column(name = "cycle_from")
    private LocalDate cycleFrom;
    @Column(name = "cycle_to")
    private LocalDate cycleTo;
    @Column(name = "billed_yuan")
    private BigDecimal billedYuan;
    @Column(name = "approved_yuan")
    private BigDecimal approvedYuan;
    @Column(name = "insured_yuan")
    private BigDecimal insuredYuan;
    @Column(name = "medins_paid_on")
    private LocalDate medinsPaidOn;
    @Column(name = "fin_paid_yuan")
    private BigDecimal finPaidYuan;
    @Column(name = "fin_paid_on")
    private LocalDate finPaidOn;
    private String status;

    protected Bill() {
    }

    Bill(Agreement agreement, LocalDate cycleFrom, LocalDate cycleTo, BigDecimal billed, BigDecimal approved,
            BigDecimal insured) {
        if (approved.compareTo(billed) > 0 || insured.signum() < 0 || insured.compareTo(approved) > 0) {
            throw new IllegalArgumentException("0 ≤ insured ≤ approved ≤ billed");
        }
        this.agreement = agreement;
        this.cycleFrom = cycleFrom;
        this.cycleTo = cycleTo;
        this.billedYuan = billed;
        this.approvedYuan = approved;
        this.insuredYuan = insured;
        this.status = "REVIEWED";
    }

    void insuredPaid(LocalDate on) {
        this.medinsPaidOn = on;
        this.status = "INSURED_PAID";
    }

    /** FIN pays the institution directly what the insurance did not. */
    void paid(LocalDate on) {
        this.finPaidYuan = approvedYuan.subtract(insuredYuan);
        this.finPaidOn = on;
        this.status = "PAID";
    }

    Long getId() {
        return id;
    }

    Agreement getAgreement() {
        return agreement;
    }

    LocalDate getCycleFrom() {
        return cycleFrom;
    }

    LocalDate getCycleTo() {
        return cycleTo;
    }

    BigDecimal getBilledYuan() {
        return billedYuan;
    }

    BigDecimal getApprovedYuan() {
        return approvedYuan;
    }

    BigDecimal getInsuredYuan() {
        return insuredYuan;
    }

    BigDecimal getFinPaidYuan() {
        return finPaidYuan;
    }

    String getStatus() {
        return status;
    }
}
