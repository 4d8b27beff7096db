package org.tongban.retrofit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.tongban.security.EncryptedText;

/** A household: its head and members (from the people registry), its unit and its dwelling. */
@Entity
@Table(name = "ar_household")
class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long headPersonId;
    private String grassRootsUnit;
    /** Personal data: encrypted at rest. */
    @Convert(converter = EncryptedText.class)
    private String address;
    private String hardshipClaimed;
    private String hardshipConfirmed;
    private boolean elderlyCarer;
    private boolean relapseMonitoring;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<HouseholdMember> members = new ArrayList<>();

    @OneToOne(mappedBy = "household", cascade = CascadeType.ALL)
    private Dwelling dwelling;

    protected Household() {
    }

    Household(Long headPersonId, String grassRootsUnit, String address, String hardshipClaimed,
            boolean elderlyCarer, boolean relapseMonitoring) {
        this.headPersonId = headPersonId;
        this.grassRootsUnit = grassRootsUnit;
        this.address = address;
        this.hardshipClaimed = hardshipClaimed;
        this.elderlyCarer = elderlyCarer;
        this.relapseMonitoring = relapseMonitoring;
    }

    void addMember(Long personId, String relation) {
        members.add(new HouseholdMember(this, personId, relation));
    }

    void setDwelling(Dwelling dwelling) {
        this.dwelling = dwelling;
    }

    /** CIVIL's answer to the hardship 协查: a category code, or null when not in hardship. */
    void confirmHardship(String category) {
        this.hardshipConfirmed = category;
    }

    Long getId() { return id; }
    Long getHeadPersonId() { return headPersonId; }
    String getGrassRootsUnit() { return grassRootsUnit; }
    String getAddress() { return address; }
    String getHardshipClaimed() { return hardshipClaimed; }
    String getHardshipConfirmed() { return hardshipConfirmed; }
    boolean isElderlyCarer() { return elderlyCarer; }
    boolean isRelapseMonitoring() { return relapseMonitoring; }
    List<HouseholdMember> getMembers() { return members; }
    Dwelling getDwelling() { return dwelling; }
}
