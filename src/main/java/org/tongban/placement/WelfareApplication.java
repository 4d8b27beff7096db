package org.tongban.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One person's application for a public-welfare post: the case behind a {@code WP-…} number. */
@Entity
@Table(name = "wp_application")
class WelfareApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "grass_roots_unit")
    private String grassRootsUnit;

    @Column(name = "employment_card")
    private String employmentCard;

    @Enumerated(EnumType.STRING)
    @Column(name = "retirement_group")
    private RetirementGroup retirementGroup;

    private String phone;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Column(name = "parameter_ids")
    private String parameterIds;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "notice_ends_at")
    private LocalDateTime noticeEndsAt;

    @Column(name = "supplement_due")
    private LocalDateTime supplementDue;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "outcome_text")
    private String outcomeText;

    protected WelfareApplication() {
    }

    WelfareApplication(String caseNumber, long personId, String grassRootsUnit, String employmentCard,
            RetirementGroup retirementGroup, String phone, LocalDateTime receivedAt, String parameterIds,
            String createdBy, String idempotencyKey) {
        this.caseNumber = caseNumber;
        this.personId = personId;
        this.grassRootsUnit = grassRootsUnit;
        this.employmentCard = employmentCard;
        this.retirementGroup = retirementGroup;
        this.phone = phone;
        this.status = ApplicationStatus.SUBMITTED;
        this.receivedAt = receivedAt;
        this.referenceDate = receivedAt.toLocalDate();
        this.parameterIds = parameterIds;
        this.createdBy = createdBy;
        this.idempotencyKey = idempotencyKey;
    }

    void moveTo(ApplicationStatus next) {
        this.status = next;
    }

    /** Ends the case with a reason code (refusal, non-acceptance, withdrawal, termination) and its text. */
    void end(ApplicationStatus next, String reason, String text) {
        this.status = next;
        this.outcomeReason = reason;
        this.outcomeText = text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    void matchTo(Long post) {
        this.postId = post;
    }

    void publishUntil(LocalDateTime ends) {
        this.noticeEndsAt = ends;
        this.status = ApplicationStatus.PUBLIC_NOTICE;
    }

    void returnUntil(LocalDateTime due) {
        this.supplementDue = due;
        this.status = ApplicationStatus.RETURNED;
    }

    Long getId() {
        return id;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    Long getPersonId() {
        return personId;
    }

    String getGrassRootsUnit() {
        return grassRootsUnit;
    }

    String getEmploymentCard() {
        return employmentCard;
    }

    RetirementGroup getRetirementGroup() {
        return retirementGroup;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    LocalDate getReferenceDate() {
        return referenceDate;
    }

    String getParameterIds() {
        return parameterIds;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Long getPostId() {
        return postId;
    }

    LocalDateTime getNoticeEndsAt() {
        return noticeEndsAt;
    }

    LocalDateTime getSupplementDue() {
        return supplementDue;
    }

    String getOutcomeReason() {
        return outcomeReason;
    }

    String getOutcomeText() {
        return outcomeText;
    }
}
