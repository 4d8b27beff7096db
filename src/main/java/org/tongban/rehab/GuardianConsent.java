package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;

/**
 * The guardian's consent (PIPL 第31条): who consented, in what relation to the child, shown by
 * which document, checked by whom. Saved before any row about the child; the child row needs it.
 */
@Entity
@Table(name = "rehab_consent")
class GuardianConsent {

    /** The version of the consent text the guardian was shown (purpose, necessity, impact). */
    static final String TEXT_VERSION = "2026-01";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "guardian_name_enc")
    private String guardianNameEnc;
    @Column(name = "guardian_id_enc")
    private String guardianIdEnc;
    @Column(name = "guardian_id_hash")
    private String guardianIdHash;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    @Enumerated(EnumType.STRING)
    @Column(name = "relation_document")
    private RelationDocument relationDocument;
    @Column(name = "documents_checked")
    private boolean documentsChecked;
    @Column(name = "purpose_told")
    private boolean purposeTold;
    @Column(name = "consent_version")
    private String consentVersion;
    @Column(name = "consented_at")
    private LocalDateTime consentedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected GuardianConsent() {
    }

    GuardianConsent(String guardianNameEnc, String guardianIdEnc, String guardianIdHash, Relation relation,
            RelationDocument relationDocument, LocalDateTime consentedAt, String recordedBy) {
        if (!RehabEnums.documentFits(relation, relationDocument)) {
            throw new IllegalArgumentException(relationDocument + " does not show the relation " + relation);
        }
        this.guardianNameEnc = guardianNameEnc;
        this.guardianIdEnc = guardianIdEnc;
        this.guardianIdHash = guardianIdHash;
        this.relation = relation;
        this.relationDocument = relationDocument;
        this.documentsChecked = true;
        this.purposeTold = true;
        this.consentVersion = TEXT_VERSION;
        this.consentedAt = consentedAt;
        this.recordedBy = recordedBy;
    }

    Long getId() {
        return id;
    }

    String getGuardianNameEnc() {
        return guardianNameEnc;
    }

    Relation getRelation() {
        return relation;
    }

    RelationDocument getRelationDocument() {
        return relationDocument;
    }

    LocalDateTime getConsentedAt() {
        return consentedAt;
    }
}
