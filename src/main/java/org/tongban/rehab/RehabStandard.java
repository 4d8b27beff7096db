package org.tongban.rehab;

import java.math.BigDecimal;
import org.tongban.rehab.RehabEnums.ServiceType;

/** A standard amount row: per service type, optionally per category and age band, dated. */
record RehabStandard(long id, ServiceType serviceType, Integer category, int ageFrom, int ageTo, BigDecimal amountYuan,
        String perUnit, String reference) {

    boolean fits(int childCategory, int age) {
        return (category == null || category == childCategory) && age >= ageFrom && age <= ageTo;
    }

    /** A row for this category beats the general row; a narrower age band beats a wider one. */
    int specificity() {
        return (category == null ? 0 : 100) + (14 - (ageTo - ageFrom));
    }
}
