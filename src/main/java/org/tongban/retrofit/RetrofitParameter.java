package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated parameter of the procedure (domain README: everything is a dated parameter). */
@Entity
@Table(name = "ar_parameter")
class RetrofitParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String paramKey;
    private String paramValue;
    private String unit;
    private String dayType;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String scope;
    private String reference;
    private String mark;

    protected RetrofitParameter() {
    }

    Long getId() { return id; }
    String getParamKey() { return paramKey; }
    String getParamValue() { return paramValue; }
    LocalDate getValidFrom() { return validFrom; }
    LocalDate getValidTo() { return validTo; }
    String getReference() { return reference; }
}
