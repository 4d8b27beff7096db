package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The year's programme (年度实施方案): target households, budget and funding shares. */
@Entity
@Table(name = "ar_programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int programmeYear;
    private int targetHouseholds;
    private BigDecimal budget;
    private int centralPercent;
    private int regionPercent;
    private int cityPercent;
    private String reference;

    protected Programme() {
    }

    Programme(int programmeYear, int targetHouseholds, BigDecimal budget, int centralPercent, int regionPercent,
            int cityPercent, String reference) {
        this.programmeYear = programmeYear;
        this.targetHouseholds = targetHouseholds;
        this.budget = budget;
        this.centralPercent = centralPercent;
        this.regionPercent = regionPercent;
        this.cityPercent = cityPercent;
        this.reference = reference;
    }

    void revise(int targetHouseholds, BigDecimal budget, int centralPercent, int regionPercent, int cityPercent,
            String reference) {
        this.targetHouseholds = targetHouseholds;
        this.budget = budget;
        this.centralPercent = centralPercent;
        this.regionPercent = regionPercent;
        this.cityPercent = cityPercent;
        this.reference = reference;
    }

    int getProgrammeYear() { return programmeYear; }
    int getTargetHouseholds() { return targetHouseholds; }
    BigDecimal getBudget() { return budget; }
    int getCentralPercent() { return centralPercent; }
    int getRegionPercent() { return regionPercent; }
    int getCityPercent() { return cityPercent; }
    String getReference() { return reference; }
}
