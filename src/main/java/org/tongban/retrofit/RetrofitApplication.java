package org.tongban.retrofit;

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
import java.time.LocalDateTime;

/** One case: a household's application for one programme year, with its coarse status. */
@Entity
@Table(name = "ar_application")
class RetrofitApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;
    private int programmeYear;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String need;
    private LocalDateTime receivedAt;
    private String receivedBy;
    private String idempotencyKey;
    private String leadAgency;
    private int priorityScore;
    private Long capParameterId;
    private Boolean elderlyAdaptation;
    private String refusalReason;
    private String batchCode;
    private int inspectionRounds;
    private String satisfaction;
    private LocalDateTime passedAt;
    private LocalDateTime paidAt;
    private LocalDateTime closedAt;

    protected RetrofitApplication() {
    }

    RetrofitApplication(String caseNumber, Household household, int programmeYear, Channel channel, String need,
            LocalDateTime receivedAt, String receivedBy, String idempotencyKey, String leadAgency, int priorityScore) {
        this.caseNumber = caseNumber;
        this.household = household;
        this.programmeYear = programmeYear;
        this.channel = channel;
        this.need = need;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.idempotencyKey = idempotencyKey;
        this.leadAgency = leadAgency;
        this.priorityScore = priorityScore;
        this.status = CaseStatus.SUBMITTED;
    }

    void moveTo(CaseStatus next) {
        this.status = next;
    }

    void refuse(String reason) {
        this.refusalReason = reason;
        this.status = CaseStatus.REFUSED;
    }

    void recordElderlyAdaptation(boolean found) {
        this.elderlyAdaptation = found;
    }

    void contracted(String batch) {
        this.batchCode = batch;
        this.status = CaseStatus.IN_SERVICE;
    }

    void inspected(boolean passed, String satisfaction, LocalDateTime at) {
        this.inspectionRounds++;
        this.satisfaction = satisfaction;
        if (passed) {
            this.passedAt = at;
            this.status = CaseStatus.SETTLEMENT;
        } else {
            this.status = CaseStatus.ACCEPTANCE;
        }
    }

    void paid(LocalDateTime at) {
        this.paidAt = at;
        this.closedAt = at;
        this.status = CaseStatus.CLOSED;
    }

    Long getId() { return id; }
    String getCaseNumber() { return caseNumber; }
    Household getHousehold() { return household; }
    int getProgrammeYear() { return programmeYear; }
    Channel getChannel() { return channel; }
    CaseStatus getStatus() { return status; }
    String getNeed() { return need; }
    LocalDateTime getReceivedAt() { return receivedAt; }
    String getReceivedBy() { return receivedBy; }
    String getIdempotencyKey() { return idempotencyKey; }
    String getLeadAgency() { return leadAgency; }
    int getPriorityScore() { return priorityScore; }
    Boolean getElderlyAdaptation() { return elderlyAdaptation; }
    String getRefusalReason() { return refusalReason; }
    String getBatchCode() { return batchCode; }
    int getInspectionRounds() { return inspectionRounds; }
    String getSatisfaction() { return satisfaction; }
    LocalDateTime getPassedAt() { return passedAt; }
    LocalDateTime getPaidAt() { return paidAt; }
}
