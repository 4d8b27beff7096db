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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.security.EncryptedText;

/** One objection, complaint or change request on a case; the grounds are encrypted like the facts. */
@Entity
@Table(name = "la_remedy")
class LegalAidRemedy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number")
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private RemedyKind kind;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "grounds_enc")
    private String grounds;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected LegalAidRemedy() {
    }

    LegalAidRemedy(LegalAidCase c, RemedyKind kind, RemedyRequest request, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = c.getId();
        this.caseNumber = c.getCaseNumber();
        this.kind = kind;
        this.receivedOn = request.receivedOn();
        this.grounds = request.grounds().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() { return id; }
    String getCaseNumber() { return caseNumber; }
    RemedyKind getKind() { return kind; }
    LocalDate getReceivedOn() { return receivedOn; }
    String getGrounds() { return grounds; }
    String getRecordedBy() { return recordedBy; }
    LocalDateTime getRecordedAt() { return recordedAt; }

    @Override
    public String toString() {
        return "LegalAidRemedy[" + id + " " + kind + " " + caseNumber + "]";
    }
}
