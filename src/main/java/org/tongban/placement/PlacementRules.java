package org.tongban.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parameters valid on one reference date and the rules computed from them: working age under
 * the gradual-retirement schedule and the subsidy term. Built by {@link PlacementParameters}.
 */
record PlacementRules(LocalDate referenceDate, Map<String, PlacementParameter> rows) {

    /** How the subsidy term was set (财社〔2023〕181号). */
    enum TermBasis { THREE_YEARS, TO_RETIREMENT }

    record Term(LocalDate start, LocalDate end, TermBasis basis) {
    }

    static PlacementRules of(LocalDate date, List<PlacementParameter> all) {
        Map<String, PlacementParameter> valid = new TreeMap<>();
        all.stream().filter(p -> p.validOn(date)).forEach(p -> valid.put(p.getKey(), p));
        return new PlacementRules(date, valid);
    }

    String text(String key) {
        return Optional.ofNullable(rows.get(key)).map(PlacementParameter::getValue)
                .orElseThrow(() -> new IllegalStateException("No parameter " + key + " valid on " + referenceDate));
    }

    int number(String key) {
        return Integer.parseInt(text(key));
    }

    int cap() {
        int cap = number("placement.cap");
        if (cap > 2 || Boolean.parseBoolean(text("placement.cap_override_allowed"))) {
            // The schema allows ordinals 1 and 2 only; a looser row is a data error, not a policy.
            throw new IllegalStateException("placement.cap above 2 or an override is not supported");
        }
        return cap;
    }

    BigDecimal minimumWage() {
        return new BigDecimal(text("placement.minimum_wage_monthly"));
    }

    /**
     * The subsidy for {@code months} worked in a claim period; these rules must be the ones valid
     * on the period's first day (the minimum wage of that quarter, not of the application).
     */
    SubsidyComputation subsidy(int months) {
        BigDecimal wage = minimumWage().setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal base = new BigDecimal(text("placement.social_insurance_base_monthly"));
        BigDecimal rate = new BigDecimal(text("placement.employer_rate.pension"))
                .add(new BigDecimal(text("placement.employer_rate.medical")))
                .add(new BigDecimal(text("placement.employer_rate.unemployment")));
        BigDecimal m = BigDecimal.valueOf(months);
        BigDecimal post = wage.multiply(m).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal insurance = base.multiply(rate).multiply(m).setScale(2, java.math.RoundingMode.HALF_UP);
        return new SubsidyComputation(referenceDate, months, wage, base, rate, post, insurance, post.add(insurance));
    }

    int minContractMonths() {
        return number("placement.min_contract_years") * 12;
    }

    /** The ids of the rows used, stored on the case so that a later change never recalculates it. */
    String ids() {
        return rows.values().stream().map(p -> String.valueOf(p.getId())).collect(Collectors.joining(","));
    }

    /** The day the person reaches the statutory retirement age of their group. */
    LocalDate retirementDate(LocalDate birthDate, RetirementGroup group) {
        String prefix = "placement.retirement." + group.name() + ".";
        int baseAge = number(prefix + "base_age");
        int maxDelay = number(prefix + "max_delay_months");
        int delay = 0;
        if (maxDelay > 0) {
            YearMonth first = YearMonth.parse(text(prefix + "first_birth_month"));
            YearMonth born = YearMonth.from(birthDate);
            if (!born.isBefore(first)) {
                long months = ChronoUnit.MONTHS.between(first, born);
                delay = (int) Math.min(maxDelay, months / number(prefix + "birth_months_per_step") + 1);
            }
        }
        return birthDate.plusYears(baseAge).plusMonths(delay);
    }

    /** At least the minimum age and below the retirement age on {@code date}. */
    boolean ofWorkingAge(LocalDate birthDate, RetirementGroup group, LocalDate date) {
        return !birthDate.plusYears(number("placement.min_age")).isAfter(date)
                && date.isBefore(retirementDate(birthDate, group));
    }

    /**
     * The subsidy term of a placement starting on {@code start}: three years, or to retirement
     * when that is less than five years away at approval. The term restarts on re-placement.
     */
    Term term(LocalDate start, LocalDate birthDate, RetirementGroup group) {
        LocalDate retirement = retirementDate(birthDate, group);
        LocalDate threeYears = start.plusYears(number("placement.subsidy_term_years")).minusDays(1);
        if (retirement.isBefore(start.plusYears(number("placement.near_retirement_years")))) {
            return new Term(start, retirement.minusDays(1), TermBasis.TO_RETIREMENT);
        }
        return new Term(start, threeYears, TermBasis.THREE_YEARS);
    }
}
