package org.tongban.quotareview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import org.tongban.people.Masking;

/** A declared disabled employee and the verdict: counted with a weight, or excluded with a reason. */
@Entity
@Table(name = "qr_roster_entry")
public class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private Review review;

    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_kind")
    private CardKind cardKind;

    @Column(name = "card_number")
    private String cardNumber;

    @Column(name = "veteran_grade")
    private Integer veteranGrade;

    @Column(name = "permanent_staff")
    private boolean permanentStaff;

    @Column(name = "contract_months")
    private int contractMonths;

    @Column(name = "months_employed")
    private int monthsEmployed;

    @Column(name = "annual_wage")
    private BigDecimal annualWage;

    @Column(name = "insurance_full")
    private boolean insuranceFull;

    @Column(name = "hrss_confirmed")
    private Boolean hrssConfirmed;

    @Column(name = "inner_mongolia_hukou")
    private boolean innerMongoliaHukou;

    private int weight;

    @Enumerated(EnumType.STRING)
    private ExclusionReason exclusion;

    protected RosterEntry() {
    }

    RosterEntry(Review review, Long personId, RosterLine line) {
        this.review = review;
        this.personId = personId;
        this.cardKind = line.cardKind();
        this.cardNumber = line.cardNumber();
        this.veteranGrade = line.veteranGrade();
        this.permanentStaff = line.permanentStaff();
        this.contractMonths = line.contractMonths();
        this.monthsEmployed = line.monthsEmployed();
        this.annualWage = line.annualWage();
        this.insuranceFull = line.insuranceFull();
        this.innerMongoliaHukou = line.innerMongoliaHukou();
    }

    RosterLine line() {
        boolean insurance = hrssConfirmed == null ? insuranceFull : hrssConfirmed;
        return new RosterLine(cardKind, cardNumber, veteranGrade, permanentStaff, contractMonths, monthsEmployed,
                annualWage, insurance, innerMongoliaHukou);
    }

    void judge(int weight, ExclusionReason exclusion) {
        this.weight = weight;
        this.exclusion = exclusion;
    }

    /** HRSS's 协查 answer on social insurance and wages; overrides the declared fact. */
    void confirmInsurance(boolean paidInFull) {
        this.hrssConfirmed = paidInFull;
    }

    /** weight × months / 12, the entry's part of D. */
    public BigDecimal contribution() {
        if (exclusion != null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf((long) weight * monthsEmployed).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
    }

    /** The ID number of the holder: the key under which one employer only may count the person. */
    String personKey() {
        return cardNumber.substring(0, 18);
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public CardKind getCardKind() { return cardKind; }
    public String maskedCardNumber() {
        return cardKind == CardKind.DISABILITY ? Masking.certificateNumber(cardNumber) : Masking.idNumber(cardNumber);
    }
    public Integer getVeteranGrade() { return veteranGrade; }
    public int getMonthsEmployed() { return monthsEmployed; }
    public BigDecimal getAnnualWage() { return annualWage; }
    public boolean isInnerMongoliaHukou() { return innerMongoliaHukou; }
    public Boolean getHrssConfirmed() { return hrssConfirmed; }
    public int getWeight() { return weight; }
    public ExclusionReason getExclusion() { return exclusion; }
    public boolean counted() { return exclusion == null; }
}
