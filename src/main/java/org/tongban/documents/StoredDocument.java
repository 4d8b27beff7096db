package org.tongban.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** An issued PDF as stored: written once, never updated (Hibernate ignores changes) and never deleted. */
@Entity
@Immutable
@Table(name = "document")
class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String step;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "doc_number")
    private String number;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Column(name = "file_sha256")
    private String fileSha256;

    private byte[] content;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    protected StoredDocument() {
    }

    StoredDocument(DocumentRequest request, DocumentModel model, byte[] pdf, String issuedBy) {
        this.caseNumber = request.caseNumber();
        this.kind = request.kind();
        this.step = request.step();
        this.agencyCode = request.agencyCode();
        this.number = model.number();
        this.contentSha256 = model.contentSha256();
        this.verificationCode = model.verificationCode();
        this.fileSha256 = DocumentModel.sha256(pdf);
        this.content = pdf.clone();
        this.issuedBy = issuedBy;
        this.issuedAt = model.issuedAt();
    }

    String getNumber() {
        return number;
    }

    String getContentSha256() {
        return contentSha256;
    }

    LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    /** The stored bytes, after checking them against their hash: a changed row must not pass silently. */
    byte[] verifiedContent() {
        if (!DocumentModel.sha256(content).equals(fileSha256)) {
            throw new IllegalStateException("Stored document " + id + " (" + number + ") fails its SHA-256 check");
        }
        return content.clone();
    }

    IssuedDocument summary() {
        return new IssuedDocument(id, caseNumber, kind, step, agencyCode, number, verificationCode, contentSha256,
                fileSha256, content.length, issuedBy, issuedAt);
    }
}
