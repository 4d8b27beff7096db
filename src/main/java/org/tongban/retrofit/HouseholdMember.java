package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person of the registry living in the household; the head is a member too. */
@Entity
@Table(name = "ar_member")
class HouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;
    private Long personId;
    private String relation;

    protected HouseholdMember() {
    }

    HouseholdMember(Household household, Long personId, String relation) {
        this.household = household;
        this.personId = personId;
        this.relation = relation;
    }

    Long getPersonId() { return personId; }
    String getRelation() { return relation; }
}
