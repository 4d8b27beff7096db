package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.rehab.RehabEnums.ServiceType;

/** A designated rehabilitation institution (定点康复机构) on the list CDPF keeps with HEALTH. */
@Entity
@Table(name = "rehab_institution")
class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "in_area")
    private boolean inArea;
    /** Whether its diagnosis counts as disability proof (a designated hospital). */
    private boolean diagnoses;
    private String services;
    private String categories;
    /** On the designated list (定点); a hospital may only diagnose without being a rehab institution. */
    private boolean designated;
    private int capacity;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private java.time.LocalDateTime updatedAt;

    protected Institution() {
    }

    Institution(String code) {
        this.code = code;
    }

    /** CDPF's entry on the list: what it offers, for whom, how many places, from when to when. */
    void update(InstitutionEntry e, String user, java.time.LocalDateTime at) {
        this.name = e.name().strip();
        this.inArea = e.inArea();
        this.diagnoses = e.diagnoses();
        this.designated = e.designated();
        this.services = e.services().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.categories = e.categories().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.capacity = e.capacity();
        this.validFrom = e.validFrom();
        this.validTo = e.validTo();
        this.updatedBy = user;
        this.updatedAt = at;
    }

    InstitutionEntry entry() {
        return new InstitutionEntry(code, name, inArea, diagnoses, designated, services(),
                Arrays.stream(categories.split(",")).map(String::strip).map(Integer::valueOf)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)), capacity, validFrom, validTo);
    }

    boolean isDesignated() {
        return designated;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isInArea() {
        return inArea;
    }

    boolean isDiagnoses() {
        return diagnoses;
    }

    int getCapacity() {
        return capacity;
    }

    Set<ServiceType> services() {
        return Arrays.stream(services.split(",")).map(String::strip).map(ServiceType::valueOf).collect(Collectors.toSet());
    }

    boolean serves(int category) {
        return Arrays.stream(categories.split(",")).map(String::strip).anyMatch(c -> c.equals(Integer.toString(category)));
    }

    boolean listedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
