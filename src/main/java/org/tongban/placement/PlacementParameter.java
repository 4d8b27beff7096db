package org.tongban.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One dated parameter row of welfare-placement.md; read-only here (migrations and supervisors write). */
@Entity
@Table(name = "wp_parameter")
class PlacementParameter {

    @Id
    private Long id;

    @Column(name = "param_key")
    private String key;

    @Column(name = "param_value")
    private String value;

    private String unit;

    @Column(name = "day_type")
    private String dayType;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String reference;
    private String mark;

    protected PlacementParameter() {
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    String getValue() {
        return value;
    }

    String getReference() {
        return reference;
    }

    String getMark() {
        return mark;
    }

    boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
