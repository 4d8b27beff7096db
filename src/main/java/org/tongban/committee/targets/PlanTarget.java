package org.tongban.committee.targets;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;

/** A target of the plan in force for the years period_from..period_to, with baseline and source. Read-only. */
@Entity
@Table(name = "pt_target")
class PlanTarget {

    enum MeasuredBy { COMPUTED, ENTERED }

    @Id
    private Long id;
    private String code;
    private int sortOrder;
    private String nameZh;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private TargetKind kind;
    private String unit;
    private BigDecimal targetValue;
    private BigDecimal targetUpper;
    private int periodFrom;
    private int periodTo;
    private Integer baselineYear;
    private BigDecimal baselineValue;
    private String baselineNote;
    @Enumerated(EnumType.STRING)
    private MeasuredBy measuredBy;
    private String reference;
    private String mark;

    protected PlanTarget() {
    }

    /** A target not read from the table, for tests of the arithmetic and the entry checks. */
    PlanTarget(String code, TargetKind kind, MeasuredBy measuredBy, BigDecimal targetValue, BigDecimal targetUpper,
            int periodFrom, int periodTo) {
        this.code = code;
        this.kind = kind;
        this.measuredBy = measuredBy;
        this.targetValue = targetValue;
        this.targetUpper = targetUpper;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.unit = kind == TargetKind.PERCENT_AT_LEAST ? "PERCENT" : kind == TargetKind.COUNT_CUMULATIVE ? "PERSONS" : "PEOPLE_PER";
        this.nameZh = code;
        this.nameEn = code;
        this.reference = "test";
        this.mark = "TEST";
    }

    boolean appliesTo(int year) {
        return periodFrom <= year && year <= periodTo;
    }

    String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    String getCode() { return code; }
    int getSortOrder() { return sortOrder; }
    String getNameZh() { return nameZh; }
    String getNameEn() { return nameEn; }
    TargetKind getKind() { return kind; }
    String getUnit() { return unit; }
    BigDecimal getTargetValue() { return targetValue; }
    BigDecimal getTargetUpper() { return targetUpper; }
    int getPeriodFrom() { return periodFrom; }
    int getPeriodTo() { return periodTo; }
    Integer getBaselineYear() { return baselineYear; }
    BigDecimal getBaselineValue() { return baselineValue; }
    String getBaselineNote() { return baselineNote; }
    MeasuredBy getMeasuredBy() { return measuredBy; }
    String getReference() { return reference; }
    String getMark() { return mark; }
}
