package org.tongban.people;

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
import java.time.LocalDate;

/** A 残疾人证 held by a person: a dated attribute, never a key. */
@Entity
@Table(name = "disability_card")
public class DisabilityCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "card_number")
    private String cardNumber;

    private int category;
    private int grade;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private CardStatus status;

    protected DisabilityCard() {
    }

    DisabilityCard(Person person, CertificateNumber number, LocalDate issuedOn, LocalDate validUntil) {
        this.person = person;
        this.cardNumber = number.value();
        this.category = number.category().digit();
        this.grade = number.grade();
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.status = CardStatus.VALID;
    }

    public Long getId() {
        return id;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String maskedCardNumber() {
        return Masking.certificateNumber(cardNumber);
    }

    public DisabilityCategory getCategory() {
        return DisabilityCategory.ofDigit(category);
    }

    public int getGrade() {
        return grade;
    }

    /** Grades 1–2 (common.md §4, practice). */
    public boolean isSevere() {
        return grade <= 2;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public CardStatus getStatus() {
        return status;
    }
}
