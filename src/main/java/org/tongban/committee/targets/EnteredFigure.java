package org.tongban.committee.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A figure CDPF entered for a period; a later row for the same period corrects it, nothing is overwritten. */
@Entity
@Table(name = "pt_entered_figure")
class EnteredFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String targetCode;
    private int periodYear;
    private Integer periodQuarter;
    @Column(name = "figure_value")
    private BigDecimal value;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private String sourceNote;
    private String enteredBy;
    private LocalDateTime enteredAt;

    protected EnteredFigure() {
    }

    EnteredFigure(String targetCode, Period period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String sourceNote, String enteredBy, LocalDateTime enteredAt) {
        this.targetCode = targetCode;
        this.periodYear = period.year();
        this.periodQuarter = period.quarter();
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.sourceNote = sourceNote;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    Period period() {
        return new Period(periodYear, periodQuarter);
    }

    Long getId() { return id; }
    String getTargetCode() { return targetCode; }
    BigDecimal getValue() { return value; }
    BigDecimal getNumerator() { return numerator; }
    BigDecimal getDenominator() { return denominator; }
    String getSourceNote() { return sourceNote; }
    String getEnteredBy() { return enteredBy; }
    LocalDateTime getEnteredAt() { return enteredAt; }
}
