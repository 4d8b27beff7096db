package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.RefusalReason;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.rehab.RehabEnums.Status;

/**
 * One application (the case): the child, the consent it was made under, the proof, the services
 * asked for, and the age and parameter rows fixed on the reference date.
 */
@Entity
@Table(name = "rehab_application")
class RehabApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String caseNumber;
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;
    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_id")
    private GuardianConsent consent;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private int category;
    @Enumerated(EnumType.STRING)
    private Proof proof;
    @Column(name = "certificate_enc")
    private String certificateEnc;
    @ManyToOne
    @JoinColumn(name = "diagnosis_institution_id")
    private Institution diagnosisInstitution;
    @Column(name = "diagnosis_enc")
    private String diagnosisEnc;
    private String services;
    @Column(name = "age_at_reference")
    private int ageAtReference;
    @Column(name = "priority_group")
    private boolean priorityGroup;
    @Column(name = "parameter_ids")
    private String parameterIds;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    private RefusalReason refusalReason;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "served_on")
    private LocalDate servedOn;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected RehabApplication() {
    }

    RehabApplication(String caseNumber, Child child, LocalDate receivedOn, Channel channel, int category, Proof proof,
            String certificateEnc, Institution diagnosisInstitution, String diagnosisEnc, Set<ServiceType> services,
            int ageAtReference, boolean priorityGroup, String parameterIds, String idempotencyKey, String createdBy,
            LocalDateTime createdAt) {
        this.caseNumber = caseNumber;
        this.child = child;
        this.consent = child.getConsent();
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.category = category;
        this.proof = proof;
        this.certificateEnc = certificateEnc;
        this.diagnosisInstitution = diagnosisInstitution;
        this.diagnosisEnc = diagnosisEnc;
        this.services = services.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.ageAtReference = ageAtReference;
        this.priorityGroup = priorityGroup;
        this.parameterIds = parameterIds;
        this.status = Status.SUBMITTED;
        this.idempotencyKey = idempotencyKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void moveTo(Status next) {
        this.status = next;
    }

    void approve(LocalDate on) {
        this.status = Status.APPROVED;
        this.decidedOn = on;
        this.refusalReason = null;
    }

    void refuse(RefusalReason reason, LocalDate on) {
        this.status = Status.REFUSED;
        this.refusalReason = reason;
        this.decidedOn = on;
    }

    /** The first day a service agreement started: the KPI counts served applicants by it. */
    void servedFrom(LocalDate on) {
        this.status = Status.IN_SERVICE;
        if (servedOn == null) {
            servedOn = on;
        }
    }

    Long getId() {
        return id;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    Child getChild() {
        return child;
    }

    GuardianConsent getConsent() {
        return consent;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    Channel getChannel() {
        return channel;
    }

    int getCategory() {
        return category;
    }

    Proof getProof() {
        return proof;
    }

    String getCertificateEnc() {
        return certificateEnc;
    }

    Institution getDiagnosisInstitution() {
        return diagnosisInstitution;
    }

    Set<ServiceType> services() {
        return Arrays.stream(services.split(",")).map(ServiceType::valueOf).collect(Collectors.toSet());
    }

    int getAgeAtReference() {
        return ageAtReference;
    }

    boolean isPriorityGroup() {
        return priorityGroup;
    }

    String getParameterIds() {
        return parameterIds;
    }

    Status getStatus() {
        return status;
    }

    RefusalReason getRefusalReason() {
        return refusalReason;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    LocalDate getServedOn() {
        return servedOn;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
