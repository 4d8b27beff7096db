package org.tongban.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person in the registry. Logs name them by {@link #getId()} only. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "grass_roots_unit")
    private String grassRootsUnit;

    private boolean rural;
    private boolean employed;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedOn DESC")
    private List<DisabilityCard> cards = new ArrayList<>();

    protected Person() {
    }

    Person(String name, String gender, LocalDate birthDate, String idNumber, String grassRootsUnit,
            boolean rural, boolean employed, LocalDateTime createdAt) {
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.idNumber = idNumber;
        this.grassRootsUnit = grassRootsUnit;
        this.rural = rural;
        this.employed = employed;
        this.createdAt = createdAt;
    }

    void addCard(DisabilityCard card) {
        cards.add(card);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The full ID number; show {@link #maskedIdNumber()} unless the user has unmasked it. */
    public String getIdNumber() {
        return idNumber;
    }

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public String getGrassRootsUnit() {
        return grassRootsUnit;
    }

    public boolean isRural() {
        return rural;
    }

    public boolean isEmployed() {
        return employed;
    }

    public List<DisabilityCard> getCards() {
        return List.copyOf(cards);
    }

    /** The card in force, if the person holds one. */
    public Optional<DisabilityCard> validCard() {
        return cards.stream().filter(c -> c.getStatus() == CardStatus.VALID).findFirst();
    }

    @Override
    public String toString() {
        return "Person#" + id;
    }
}
