package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The home to be adapted: tenure, the landlord's consent, and what the assessment found. */
@Entity
@Table(name = "ar_dwelling")
class Dwelling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;
    private String tenure;
    private boolean landlordConsent;
    private boolean resident;
    private Boolean adaptable;
    private boolean unsafe;
    private LocalDate lastRetrofitOn;

    protected Dwelling() {
    }

    Dwelling(Household household, String tenure, boolean landlordConsent, boolean resident) {
        this.household = household;
        this.tenure = tenure;
        this.landlordConsent = landlordConsent;
        this.resident = resident;
    }

    /** CDPF's finding on site: can the home be adapted, and is it unsafe (危房)? */
    void assess(boolean adaptable, boolean unsafe) {
        this.adaptable = adaptable;
        this.unsafe = unsafe;
    }

    void retrofitted(LocalDate on) {
        this.lastRetrofitOn = on;
    }

    String getTenure() { return tenure; }
    boolean isLandlordConsent() { return landlordConsent; }
    boolean isResident() { return resident; }
    Boolean getAdaptable() { return adaptable; }
    boolean isUnsafe() { return unsafe; }
    LocalDate getLastRetrofitOn() { return lastRetrofitOn; }
}
