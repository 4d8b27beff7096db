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
import java.util.Objects;
import org.tongban.rehab.RehabEnums.Residence;

/** A child in rehab rescue; name and ID number encrypted, found again by the ID's keyed hash. */
@Entity
@Table(name = "rehab_child")
class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_id")
    private GuardianConsent consent;
    @Column(name = "name_enc")
    private String nameEnc;
    @Column(name = "id_number_enc")
    private String idNumberEnc;
    @Column(name = "id_hash")
    private String idHash;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "grass_roots_unit")
    private String grassRootsUnit;
    @Enumerated(EnumType.STRING)
    private Residence residence;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Child() {
    }

    Child(GuardianConsent consent, String nameEnc, String idNumberEnc, String idHash, LocalDate birthDate,
            String grassRootsUnit, Residence residence, LocalDateTime createdAt) {
        this.consent = Objects.requireNonNull(consent, "consent first");
        if (consent.getId() == null) {
            throw new IllegalStateException("The guardian's consent is stored before the child");
        }
        this.nameEnc = nameEnc;
        this.idNumberEnc = idNumberEnc;
        this.idHash = idHash;
        this.birthDate = birthDate;
        this.grassRootsUnit = grassRootsUnit;
        this.residence = residence;
        this.createdAt = createdAt;
    }

    /** A later application for the same child brings a newer consent and the current residence. */
    void renewConsent(GuardianConsent newer, Residence currentResidence, String unit) {
        this.consent = newer;
        this.residence = currentResidence;
        this.grassRootsUnit = unit;
    }

    Long getId() {
        return id;
    }

    GuardianConsent getConsent() {
        return consent;
    }

    String getNameEnc() {
        return nameEnc;
    }

    String getIdNumberEnc() {
        return idNumberEnc;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    String getGrassRootsUnit() {
        return grassRootsUnit;
    }

    Residence getResidence() {
        return residence;
    }
}
