package org.tongban.quotareview;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One employer's review for one year; the case number is the process business key. */
@Entity
@Table(name = "qr_review")
public class Review {

    /** How the figures came in. */
    public enum Channel {
        ONLINE, WINDOW, NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Column(name = "review_year")
    private int reviewYear;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "declared_at")
    private LocalDateTime declaredAt;

    private BigDecimal headcount;
    private BigDecimal payroll;

    @Column(name = "relief_requested")
    private boolean reliefRequested;

    @Column(name = "relief_reason")
    private String reliefReason;

    @Column(name = "weighted_count")
    private BigDecimal weightedCount;

    @Column(name = "required_count")
    private BigDecimal requiredCount;

    @Column(name = "capped_wage")
    private BigDecimal cappedWage;

    @Column(name = "base_amount")
    private BigDecimal baseAmount;

    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    private LevyResult.Tier tier;

    @Column(name = "reward_eligible")
    private boolean rewardEligible;

    @Column(name = "relief_amount")
    private BigDecimal reliefAmount;

    @Column(name = "deferral_months")
    private Integer deferralMonths;

    @Column(name = "late_fee")
    private BigDecimal lateFee;

    @Column(name = "parameter_ids")
    private String parameterIds;

    @Column(name = "certified_by")
    private String certifiedBy;

    @Column(name = "certified_at")
    private LocalDateTime certifiedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RosterEntry> roster = new ArrayList<>();

    protected Review() {
    }

    Review(String caseNumber, Employer employer, int reviewYear) {
        this.caseNumber = caseNumber;
        this.employer = employer;
        this.reviewYear = reviewYear;
        this.status = ReviewStatus.AWAITING_DECLARATION;
    }

    /** Replaces the declared figures and roster (a first declaration or a supplement after return). */
    void declare(Channel channel, BigDecimal headcount, BigDecimal payroll, boolean reliefRequested,
            String reliefReason, LocalDateTime at) {
        if (status != ReviewStatus.AWAITING_DECLARATION && status != ReviewStatus.RETURNED) {
            throw new IllegalStateException("Review " + caseNumber + " does not take a declaration in " + status);
        }
        this.channel = channel;
        this.headcount = headcount;
        this.payroll = payroll;
        this.reliefRequested = reliefRequested;
        this.reliefReason = reliefReason;
        this.declaredAt = at;
        this.status = ReviewStatus.SUBMITTED;
        roster.clear();
    }

    /** No declaration by the close: 视为未安排, D = 0, figures from the headcount history. */
    void treatAsNone(BigDecimal headcount, BigDecimal payroll) {
        this.channel = Channel.NONE;
        this.headcount = headcount;
        this.payroll = payroll;
        roster.clear();
        this.status = ReviewStatus.IN_REVIEW;
    }

    /** The certifying officer's corrections of N and payroll (null keeps the declared figure). */
    void correctFigures(BigDecimal correctedHeadcount, BigDecimal correctedPayroll) {
        if (correctedHeadcount != null) {
            this.headcount = correctedHeadcount;
        }
        if (correctedPayroll != null) {
            this.payroll = correctedPayroll;
        }
    }

    void addEntry(RosterEntry entry) {
        roster.add(entry);
    }

    void applyLevy(BigDecimal weighted, LevyResult r, List<Long> parameterIds) {
        this.weightedCount = weighted;
        this.requiredCount = r.required();
        this.cappedWage = r.cappedWage().setScale(2, java.math.RoundingMode.HALF_UP);
        this.baseAmount = r.base().setScale(2, java.math.RoundingMode.HALF_UP);
        this.fee = r.fee();
        this.tier = r.tier();
        this.rewardEligible = r.rewardEligible();
        this.parameterIds = parameterIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    void setStatus(ReviewStatus status) {
        this.status = status;
    }

    void certify(String officer, LocalDateTime at) {
        this.certifiedBy = officer;
        this.certifiedAt = at;
        this.status = ReviewStatus.DECIDED;
    }

    void grantRelief(BigDecimal amount, Integer months) {
        this.reliefAmount = amount;
        this.deferralMonths = months;
    }

    void chargeLateFee(BigDecimal amount) {
        this.lateFee = amount;
    }

    /** The amount still due after an approved reduction. */
    public BigDecimal amountDue() {
        if (fee == null) {
            return BigDecimal.ZERO;
        }
        return reliefAmount == null ? fee : fee.subtract(reliefAmount).max(BigDecimal.ZERO);
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public Employer getEmployer() { return employer; }
    public int getReviewYear() { return reviewYear; }
    public ReviewStatus getStatus() { return status; }
    public Channel getChannel() { return channel; }
    public LocalDateTime getDeclaredAt() { return declaredAt; }
    public BigDecimal getHeadcount() { return headcount; }
    public BigDecimal getPayroll() { return payroll; }
    public boolean isReliefRequested() { return reliefRequested; }
    public String getReliefReason() { return reliefReason; }
    public BigDecimal getWeightedCount() { return weightedCount; }
    public BigDecimal getRequiredCount() { return requiredCount; }
    public BigDecimal getCappedWage() { return cappedWage; }
    public BigDecimal getBaseAmount() { return baseAmount; }
    public BigDecimal getFee() { return fee; }
    public LevyResult.Tier getTier() { return tier; }
    public boolean isRewardEligible() { return rewardEligible; }
    public BigDecimal getReliefAmount() { return reliefAmount; }
    public Integer getDeferralMonths() { return deferralMonths; }
    public BigDecimal getLateFee() { return lateFee; }
    public String getParameterIds() { return parameterIds; }
    public String getCertifiedBy() { return certifiedBy; }
    public LocalDateTime getCertifiedAt() { return certifiedAt; }
    public List<RosterEntry> getRoster() { return List.copyOf(roster); }
}
