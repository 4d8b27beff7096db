package org.tongban.rehab;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.RefusalReason;
import org.tongban.rehab.RehabEnums.Residence;

/**
 * The eligibility rules of one reference date, built from the dated parameter rows valid that day
 * ({@link RehabParameters#rulesOn}); {@code parameterIds} are stored on the case so a later change
 * never recalculates it. No income condition: the city plan dropped it ({@code rehab.income_test}).
 */
record RehabRules(int ageMin, int ageMax, int priorityAgeMax, Set<Integer> categories, boolean incomeTest,
        String parameterIds) {

    /** Whole years completed on {@code day}: 14 from the 14th birthday until the day before the 15th. */
    static int ageOn(LocalDate birthDate, LocalDate day) {
        if (birthDate.isAfter(day)) {
            throw new IllegalArgumentException("Born after the measuring day");
        }
        return Period.between(birthDate, day).getYears();
    }

    /** The facts eligibility looks at, as recorded on the application. */
    record Facts(LocalDate birthDate, LocalDate referenceDate, int category, Proof proof, boolean proofFromDesignatedInstitution,
            Residence residence, boolean alreadyServed) {
    }

    /** Every reason the child is not eligible on the reference date; empty when eligible (rehab need aside, assessed later). */
    List<RefusalReason> refusals(Facts facts) {
        List<RefusalReason> reasons = new ArrayList<>();
        int age = ageOn(facts.birthDate(), facts.referenceDate());
        if (age < ageMin || age > ageMax) {
            reasons.add(RefusalReason.AGE);
        }
        if (!categories.contains(facts.category())) {
            reasons.add(RefusalReason.CATEGORY);
        }
        if (facts.proof() == null || facts.proof() == Proof.DIAGNOSIS && !facts.proofFromDesignatedInstitution()) {
            reasons.add(RefusalReason.NO_DISABILITY_PROOF);
        }
        if (facts.residence() == Residence.NONE) {
            reasons.add(RefusalReason.NOT_RESIDENT);
        }
        if (facts.alreadyServed()) {
            reasons.add(RefusalReason.DUPLICATE_SERVICE);
        }
        return reasons;
    }

    boolean inPriorityGroup(int age) {
        return age <= priorityAgeMax;
    }

    /** The day the child turns {@code ageMax + 1} (15): no new period may start on or after it. */
    LocalDate agesOutOn(LocalDate birthDate) {
        return birthDate.plusYears(ageMax + 1L);
    }

    /**
     * The order in which applicants get places when capacity is short: the priority group (0–9)
     * first, then by acceptance date (default), then by case number.
     */
    static Comparator<RehabApplication> priorityOrder() {
        return Comparator.comparing((RehabApplication a) -> !a.isPriorityGroup())
                .thenComparing(RehabApplication::getReceivedOn)
                .thenComparing(RehabApplication::getCaseNumber);
    }
}
