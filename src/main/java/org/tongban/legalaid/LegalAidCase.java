package org.tongban.legalaid;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.people.Masking;
import org.tongban.security.EncryptedDecimal;
import org.tongban.security.EncryptedText;

/**
 * A legal-aid case: the one place its personal data lives, encrypted column by column. Logs and
 * {@link #toString()} name it by case number only.
 */
@Entity
@Table(name = "la_case")
class LegalAidCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private LegalAidApplication.Channel channel;

    @Enumerated(EnumType.STRING)
    private LegalAidStatus status;

    @Convert(converter = EncryptedText.class)
    @Column(name = "applicant_name_enc")
    private String applicantName;

    @Column(name = "applicant_name_masked")
    private String applicantNameMasked;

    @Convert(converter = EncryptedText.class)
    @Column(name = "id_number_enc")
    private String idNumber;

    @Column(name = "id_number_masked")
    private String idNumberMasked;

    @Convert(converter = EncryptedText.class)
    @Column(name = "phone_enc")
    private String phone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "disability_category_enc")
    private String disabilityCategory;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "grass_roots_unit")
    private String grassRootsUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type")
    private LegalAidApplication.MatterType matterType;

    @Convert(converter = EncryptedText.class)
    @Column(name = "case_facts_enc")
    private String caseFacts;

    @Convert(converter = EncryptedDecimal.class)
    @Column(name = "monthly_income_enc")
    private BigDecimal monthlyIncome;

    @Enumerated(EnumType.STRING)
    @Column(name = "exempt_group")
    private LegalAidApplication.ExemptGroup exemptGroup;

    @Column(name = "no_means_test_matter")
    private boolean noMeansTestMatter;

    @Column(name = "mandatory_defence")
    private boolean mandatoryDefence;

    @Column(name = "assistance_claimed")
    private boolean assistanceClaimed;

    private boolean urgent;

    @Column(name = "limitation_date")
    private LocalDate limitationDate;

    @Column(name = "forwarding_agency")
    private String forwardingAgency;

    @Column(name = "custody_request_at")
    private LocalDateTime custodyRequestAt;

    @Column(name = "hotline_order_number")
    private String hotlineOrderNumber;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "means_outcome")
    private String meansOutcome;

    private String decision;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "termination_reason")
    private String terminationReason;

    @Column(name = "assigned_worker")
    private String assignedWorker;

    @Column(name = "parameter_ids")
    private String parameterIds;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_sha256")
    private String requestSha256;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "subsidy_amount")
    private BigDecimal subsidyAmount;

    @Column(name = "subsidy_voucher")
    private String subsidyVoucher;

    @Column(name = "subsidy_paid_at")
    private LocalDateTime subsidyPaidAt;

    @Version
    private long version;

    protected LegalAidCase() {
    }

    LegalAidCase(String caseNumber, LegalAidApplication a, boolean urgent, LocalDateTime receivedAt,
            LocalDateTime custodyRequestAt, String parameterIds, String createdBy) {
        this.caseNumber = caseNumber;
        this.channel = LegalAidApplication.Channel.valueOf(a.channel());
        this.status = LegalAidStatus.SUBMITTED;
        this.applicantName = a.applicantName().strip();
        this.applicantNameMasked = Masking.name(applicantName);
        this.idNumber = ApplicationCheck.normalisedId(a.idNumber());
        this.idNumberMasked = Masking.idNumber(idNumber);
        this.phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().strip();
        this.disabilityCategory = String.valueOf(a.disabilityCategory());
        this.matterType = LegalAidApplication.MatterType.valueOf(a.matterType());
        this.caseFacts = a.caseFacts().strip();
        this.monthlyIncome = a.monthlyIncome();
        this.exemptGroup = LegalAidApplication.ExemptGroup.valueOf(a.exemptGroup());
        this.noMeansTestMatter = a.noMeansTestMatter();
        this.mandatoryDefence = ApplicationCheck.mandatoryDefence(a);
        this.assistanceClaimed = a.assistanceClaimed();
        this.urgent = urgent;
        this.limitationDate = a.limitationDate();
        this.forwardingAgency = a.forwardingAgency() == null || a.forwardingAgency().isBlank() ? null : a.forwardingAgency();
        this.custodyRequestAt = custodyRequestAt;
        this.hotlineOrderNumber = a.hotlineOrderNumber() == null ? null : (a.hotline() + "-" + a.hotlineOrderNumber().strip());
        this.receivedAt = receivedAt;
        this.parameterIds = parameterIds;
        this.createdBy = createdBy;
        this.createdAt = receivedAt;
    }

    void linkPerson(Long personId, String grassRootsUnit) {
        this.personId = personId;
        this.grassRootsUnit = grassRootsUnit;
    }

    void rememberRequest(String idempotencyKey, String requestSha256) {
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
    }

    void moveTo(LegalAidStatus next) {
        this.status = next;
    }

    void recordMeansOutcome(String outcome) {
        this.meansOutcome = outcome;
    }

    void recordDecision(String decision, String refusalReason) {
        this.decision = decision;
        this.refusalReason = refusalReason;
    }

    void recordTermination(String reason) {
        this.terminationReason = reason;
    }

    void recordWorker(String worker) {
        this.assignedWorker = worker;
    }

    /** FIN paid the worker's case subsidy (办案补贴) under this voucher. */
    void recordSubsidy(BigDecimal amount, String voucher, LocalDateTime paidAt) {
        this.subsidyAmount = amount;
        this.subsidyVoucher = voucher;
        this.subsidyPaidAt = paidAt;
    }

    void restartClock(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    Long getId() { return id; }
    String getCaseNumber() { return caseNumber; }
    LegalAidApplication.Channel getChannel() { return channel; }
    LegalAidStatus getStatus() { return status; }
    String getApplicantName() { return applicantName; }
    String getApplicantNameMasked() { return applicantNameMasked; }
    String getIdNumber() { return idNumber; }
    String getIdNumberMasked() { return idNumberMasked; }
    Integer getDisabilityCategory() { return disabilityCategory == null ? null : Integer.valueOf(disabilityCategory); }
    String getGrassRootsUnit() { return grassRootsUnit; }
    LegalAidApplication.MatterType getMatterType() { return matterType; }
    String getCaseFacts() { return caseFacts; }
    BigDecimal getMonthlyIncome() { return monthlyIncome; }
    LegalAidApplication.ExemptGroup getExemptGroup() { return exemptGroup; }
    boolean isNoMeansTestMatter() { return noMeansTestMatter; }
    boolean isMandatoryDefence() { return mandatoryDefence; }
    boolean isAssistanceClaimed() { return assistanceClaimed; }
    boolean isUrgent() { return urgent; }
    LocalDate getLimitationDate() { return limitationDate; }
    String getForwardingAgency() { return forwardingAgency; }
    LocalDateTime getCustodyRequestAt() { return custodyRequestAt; }
    String getHotlineOrderNumber() { return hotlineOrderNumber; }
    LocalDateTime getReceivedAt() { return receivedAt; }
    String getMeansOutcome() { return meansOutcome; }
    String getDecision() { return decision; }
    String getRefusalReason() { return refusalReason; }
    String getTerminationReason() { return terminationReason; }
    String getAssignedWorker() { return assignedWorker; }
    String getParameterIds() { return parameterIds; }
    String getRequestSha256() { return requestSha256; }
    String getCreatedBy() { return createdBy; }
    LocalDateTime getCreatedAt() { return createdAt; }
    BigDecimal getSubsidyAmount() { return subsidyAmount; }
    String getSubsidyVoucher() { return subsidyVoucher; }

    @Override
    public String toString() {
        return "LegalAidCase " + caseNumber;
    }
}
