package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.tongban.people.DisabilityCategory;

/**
 * The counting rules of quota-review.md ("Who counts", 内蒙古 办法 第8条, 72号): a declared employee is
 * counted with weight 1 or 2, or excluded with the first reason that applies. Counting by one
 * employer only is enforced by {@link CountedPersons}, not here.
 */
final class RosterRules {

    private RosterRules() {
    }

    /** The registry's facts about the holder; {@code validCard} false when the declared card is not in force. */
    record Holder(String idNumber, LocalDate birthDate, boolean male, DisabilityCategory category, int grade,
            boolean validCard) {
    }

    /** Parameter values in force for the figures year. */
    record Rules(int minWorkingAge, int retirementAgeMale, int retirementAgeFemale, BigDecimal minMonthlyWage) {
    }

    /** Weight 0 with a reason when excluded. */
    record Verdict(int weight, ExclusionReason reason) {
        static Verdict excluded(ExclusionReason reason) {
            return new Verdict(0, reason);
        }

        boolean counted() {
            return reason == null;
        }
    }

    static Verdict judge(RosterLine line, Optional<Holder> holder, Rules rules, int figureYear) {
        if (holder.isEmpty() || !holder.get().validCard()) {
            return Verdict.excluded(ExclusionReason.NO_VALID_CARD);
        }
        Holder h = holder.get();
        if (line.cardKind() == CardKind.VETERAN
                && (line.veteranGrade() == null || line.veteranGrade() < 1 || line.veteranGrade() > 8)) {
            return Verdict.excluded(ExclusionReason.NO_VALID_CARD);
        }
        int ageAtYearEnd = figureYear - h.birthDate().getYear();
        int ageAtYearStart = ageAtYearEnd - 1;
        int retirement = h.male() ? rules.retirementAgeMale() : rules.retirementAgeFemale();
        if (ageAtYearEnd < rules.minWorkingAge() || ageAtYearStart >= retirement) {
            return Verdict.excluded(ExclusionReason.AGE);
        }
        if (!line.permanentStaff() && line.contractMonths() < 12) {
            return Verdict.excluded(ExclusionReason.CONTRACT_LT_1Y);
        }
        BigDecimal minimum = rules.minMonthlyWage().multiply(BigDecimal.valueOf(line.monthsEmployed()));
        if (line.annualWage().compareTo(minimum) < 0) {
            return Verdict.excluded(ExclusionReason.WAGE_LT_MIN);
        }
        if (!line.insuranceFull()) {
            return Verdict.excluded(ExclusionReason.SOCIAL_INSURANCE);
        }
        return new Verdict(weight(line, h), null);
    }

    /** Weight 2: card grade 1–2; 智力/精神 grade 3–4 (Inner Mongolia); 残疾军人证 grade 1–3. */
    static int weight(RosterLine line, Holder h) {
        if (line.cardKind() == CardKind.VETERAN) {
            return line.veteranGrade() <= 3 ? 2 : 1;
        }
        if (h.grade() <= 2) {
            return 2;
        }
        boolean mental = h.category() == DisabilityCategory.INTELLECTUAL || h.category() == DisabilityCategory.PSYCHOSOCIAL;
        return mental ? 2 : 1;
    }
}
