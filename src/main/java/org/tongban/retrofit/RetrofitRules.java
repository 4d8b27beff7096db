package org.tongban.retrofit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongban.people.CardStatus;
import org.tongban.people.DisabilityCard;
import org.tongban.people.Person;
import org.tongban.people.PeopleRegistry;

/**
 * Eligibility (accessibility-retrofit.md, all conditions) and the priority score, read from the
 * dated parameters valid on the case's reference date and the people registry.
 */
@Component
class RetrofitRules {

    private final RetrofitParameters parameters;
    private final PeopleRegistry people;
    private final RetrofitPlanRepository plans;

    RetrofitRules(RetrofitParameters parameters, PeopleRegistry people, RetrofitPlanRepository plans) {
        this.parameters = parameters;
        this.people = people;
        this.plans = plans;
    }

    /** The members holding a valid card whose grade the programme covers on that date. */
    List<Person> severeMembers(Household household, LocalDate on) {
        Set<Integer> grades = Arrays.stream(parameters.text("retrofit.eligible_grades", on).split(","))
                .map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
        return members(household).stream().filter(p -> p.getCards().stream().anyMatch(c -> severe(c, grades, on)))
                .toList();
    }

    private static boolean severe(DisabilityCard c, Set<Integer> grades, LocalDate on) {
        return c.getStatus() == CardStatus.VALID && grades.contains(c.getGrade())
                && (c.getValidUntil() == null || !c.getValidUntil().isBefore(on));
    }

    /** The disability categories (digits 1–7) of the members' valid cards on that date. */
    Set<Integer> memberCategories(Household household, LocalDate on) {
        return members(household).stream().flatMap(p -> p.getCards().stream())
                .filter(c -> c.getStatus() == CardStatus.VALID && (c.getValidUntil() == null || !c.getValidUntil().isBefore(on)))
                .map(c -> c.getCategory().digit()).collect(Collectors.toSet());
    }

    List<Person> members(Household household) {
        return people.findAllById(household.getMembers().stream().map(HouseholdMember::getPersonId).toList());
    }

    /** Every condition, in the order a refusal names the first one that fails. */
    Eligibility assess(RetrofitApplication application, boolean needConfirmed) {
        Household household = application.getHousehold();
        Dwelling home = household.getDwelling();
        LocalDate on = application.getReceivedAt().toLocalDate();
        if (!home.isResident()) {
            return Eligibility.no("NOT_RESIDENT");
        }
        if (severeMembers(household, on).isEmpty()) {
            return Eligibility.no("GRADE");
        }
        Set<String> hardship = Set.of(parameters.text("retrofit.hardship_categories", on).split(","));
        if (household.getHardshipConfirmed() == null || !hardship.contains(household.getHardshipConfirmed())) {
            return Eligibility.no("NOT_HARDSHIP");
        }
        int block = parameters.number("retrofit.repeat_block_years", on);
        boolean earlierWorks = home.getLastRetrofitOn() != null && home.getLastRetrofitOn().isAfter(on.minusYears(block));
        boolean earlierPlan = plans.findByHouseholdSince(household.getId(), application.getProgrammeYear() - block).stream()
                .anyMatch(p -> !p.getApplicationId().equals(application.getId()));
        if (Boolean.TRUE.equals(application.getElderlyAdaptation()) || earlierWorks || earlierPlan) {
            return Eligibility.no("ALREADY_RETROFITTED");
        }
        if (home.isUnsafe()) {
            return new Eligibility(false, "HOME_UNSUITABLE", true);
        }
        boolean consent = "OWNED".equals(home.getTenure()) || home.isLandlordConsent();
        if (!Boolean.TRUE.equals(home.getAdaptable()) || !consent || !needConfirmed) {
            return Eligibility.no("HOME_UNSUITABLE");
        }
        return Eligibility.yes();
    }

    /**
     * Priority (practice): several disabled members, elderly carers, poverty-relapse monitoring,
     * a working-age (16–59) member with a severe card; the weights are dated parameters.
     */
    int priority(Household household, LocalDate on) {
        List<Person> severe = severeMembers(household, on);
        long disabledMembers = members(household).stream()
                .filter(p -> p.getCards().stream().anyMatch(c -> c.getStatus() == CardStatus.VALID)).count();
        int score = 0;
        if (disabledMembers >= 2) {
            score += parameters.number("retrofit.priority.multiple_disabled", on);
        }
        if (household.isElderlyCarer()) {
            score += parameters.number("retrofit.priority.elderly_carer", on);
        }
        if (household.isRelapseMonitoring()) {
            score += parameters.number("retrofit.priority.relapse_monitoring", on);
        }
        boolean workingAge = severe.stream().anyMatch(p -> {
            int age = Period.between(p.getBirthDate(), on).getYears();
            return age >= 16 && age <= 59;
        });
        if (workingAge) {
            score += parameters.number("retrofit.priority.working_age", on);
        }
        return score;
    }
}
