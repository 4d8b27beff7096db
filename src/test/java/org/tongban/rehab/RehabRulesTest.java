package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.RefusalReason;
import org.tongban.rehab.RehabEnums.Residence;

/** The city plan's eligibility (ages 0–14, all categories incl. autism, no income test) at its boundaries. */
class RehabRulesTest {

    static final RehabRules CITY_PLAN = new RehabRules(0, 14, 9, Set.of(1, 2, 3, 4, 5, 6, 7), false, "1,2,3,4,5");
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

    static List<RefusalReason> check(RehabRules rules, LocalDate born, int category, Proof proof, boolean designated,
            Residence residence) {
        return rules.refusals(new RehabRules.Facts(born, RECEIVED, category, proof, designated, residence, false));
    }

    static List<RefusalReason> eligibleExceptAge(LocalDate born) {
        return check(CITY_PLAN, born, 4, Proof.CERTIFICATE, true, Residence.HUKOU);
    }

    @Nested
    class Age {

        @Test
        void a_child_born_exactly_14_years_before_the_reference_date_is_14_and_eligible() {
            LocalDate born = RECEIVED.minusYears(14);
            assertThat(RehabRules.ageOn(born, RECEIVED)).isEqualTo(14);
            assertThat(eligibleExceptAge(born)).isEmpty();
        }

        @Test
        void a_child_born_one_day_earlier_than_that_is_still_14_and_eligible() {
            LocalDate born = RECEIVED.minusYears(14).minusDays(1);
            assertThat(RehabRules.ageOn(born, RECEIVED)).isEqualTo(14);
            assertThat(eligibleExceptAge(born)).isEmpty();
        }

        @Test
        void a_child_who_turns_15_on_the_reference_date_is_too_old_and_one_who_turns_15_the_next_day_is_not() {
            assertThat(eligibleExceptAge(RECEIVED.minusYears(15))).containsExactly(RefusalReason.AGE);
            assertThat(eligibleExceptAge(RECEIVED.minusYears(15).plusDays(1))).isEmpty();
        }

        @Test
        void a_newborn_is_0_and_eligible_and_in_the_priority_group() {
            LocalDate born = RECEIVED.minusDays(20);
            assertThat(RehabRules.ageOn(born, RECEIVED)).isZero();
            assertThat(eligibleExceptAge(born)).isEmpty();
            assertThat(CITY_PLAN.inPriorityGroup(0)).isTrue();
        }

        @Test
        void the_age_is_measured_on_the_reference_date_not_today() {
            LocalDate born = LocalDate.of(2011, 3, 11); // 14 on 2026-03-10, 15 from 2026-03-11
            assertThat(RehabRules.ageOn(born, RECEIVED)).isEqualTo(14);
            assertThat(RehabRules.ageOn(born, RECEIVED.plusDays(1))).isEqualTo(15);
            assertThat(CITY_PLAN.agesOutOn(born)).isEqualTo(LocalDate.of(2026, 3, 11));
        }

        @Test
        void nine_year_olds_are_in_the_priority_group_and_ten_year_olds_are_not() {
            assertThat(CITY_PLAN.inPriorityGroup(9)).isTrue();
            assertThat(CITY_PLAN.inPriorityGroup(10)).isFalse();
        }
    }

    @Nested
    class CategoriesAndProof {

        @Test
        void every_category_including_autism_under_psychosocial_is_covered_by_the_city_plan() {
            for (int category = 1; category <= 7; category++) {
                assertThat(check(CITY_PLAN, LocalDate.of(2020, 1, 1), category, Proof.CERTIFICATE, true, Residence.HUKOU))
                        .as("category %d", category).isEmpty();
            }
        }

        @Test
        void a_category_outside_the_parameter_row_is_refused_as_category() {
            RehabRules national = new RehabRules(0, 14, 9, Set.of(1, 2, 3, 4, 5, 6), false, "x");
            assertThat(check(national, LocalDate.of(2020, 1, 1), 7, Proof.CERTIFICATE, true, Residence.HUKOU))
                    .containsExactly(RefusalReason.CATEGORY);
        }

        @Test
        void a_diagnosis_counts_only_from_a_designated_hospital() {
            assertThat(check(CITY_PLAN, LocalDate.of(2022, 5, 1), 6, Proof.DIAGNOSIS, true, Residence.RESIDENCE_PERMIT)).isEmpty();
            assertThat(check(CITY_PLAN, LocalDate.of(2022, 5, 1), 6, Proof.DIAGNOSIS, false, Residence.HUKOU))
                    .containsExactly(RefusalReason.NO_DISABILITY_PROOF);
        }

        @Test
        void a_child_with_neither_hukou_nor_residence_permit_is_not_resident() {
            assertThat(check(CITY_PLAN, LocalDate.of(2022, 5, 1), 2, Proof.CERTIFICATE, true, Residence.NONE))
                    .containsExactly(RefusalReason.NOT_RESIDENT);
        }

        @Test
        void there_is_no_income_condition() {
            assertThat(CITY_PLAN.incomeTest()).isFalse();
            // The facts do not even carry an income: the rules cannot refuse on it.
            assertThat(RehabRules.Facts.class.getRecordComponents()).extracting(c -> c.getName())
                    .doesNotContain("income", "householdIncome");
        }
    }

    @Test
    void when_places_are_short_children_aged_0_to_9_go_first_then_by_acceptance_date() {
        List<RehabApplication> waiting = new ArrayList<>(List.of(
                app("RR-2026-000001", LocalDate.of(2026, 1, 5), false),
                app("RR-2026-000002", LocalDate.of(2026, 2, 1), true),
                app("RR-2026-000003", LocalDate.of(2026, 1, 20), true)));
        waiting.sort(RehabRules.priorityOrder());
        assertThat(waiting).extracting(RehabApplication::getCaseNumber)
                .containsExactly("RR-2026-000003", "RR-2026-000002", "RR-2026-000001");
    }

    static RehabApplication app(String caseNumber, LocalDate received, boolean priority) {
        return new TestApplication(caseNumber, received, priority);
    }

    /** An application with only what the priority order reads. */
    static final class TestApplication extends RehabApplication {
        private final String caseNumber;
        private final LocalDate received;
        private final boolean priority;

        TestApplication(String caseNumber, LocalDate received, boolean priority) {
            this.caseNumber = caseNumber;
            this.received = received;
            this.priority = priority;
        }

        @Override
        String getCaseNumber() {
            return caseNumber;
        }

        @Override
        LocalDate getReceivedOn() {
            return received;
        }

        @Override
        boolean isPriorityGroup() {
            return priority;
        }
    }
}
