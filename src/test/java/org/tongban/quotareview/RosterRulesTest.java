package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.quotareview.QuotaFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.people.DisabilityCategory;

class RosterRulesTest {

    private static final RosterRules.Rules RULES = new RosterRules.Rules(16, 60, 55, dec("1980"));
    private static final int YEAR = 2025;

    private static RosterRules.Holder holder(DisabilityCategory category, int grade) {
        return new RosterRules.Holder("x", LocalDate.of(1985, 3, 12), true, category, grade, true);
    }

    private static RosterLine line() {
        return new RosterLine(CardKind.DISABILITY, "c", null, false, 12, 12, dec("23760"), true, true);
    }

    private static RosterRules.Verdict judge(RosterLine line, RosterRules.Holder holder) {
        return RosterRules.judge(line, Optional.ofNullable(holder), RULES, YEAR);
    }

    @Test
    void grades_one_and_two_count_twice_and_three_and_four_once() {
        assertThat(judge(line(), holder(DisabilityCategory.PHYSICAL, 1)).weight()).isEqualTo(2);
        assertThat(judge(line(), holder(DisabilityCategory.PHYSICAL, 2)).weight()).isEqualTo(2);
        assertThat(judge(line(), holder(DisabilityCategory.PHYSICAL, 3)).weight()).isEqualTo(1);
        assertThat(judge(line(), holder(DisabilityCategory.HEARING, 4)).weight()).isEqualTo(1);
    }

    @Test
    void intellectual_and_psychosocial_grades_three_and_four_count_twice_in_inner_mongolia() {
        assertThat(judge(line(), holder(DisabilityCategory.INTELLECTUAL, 3)).weight()).isEqualTo(2);
        assertThat(judge(line(), holder(DisabilityCategory.PSYCHOSOCIAL, 4)).weight()).isEqualTo(2);
    }

    @Test
    void veterans_of_grades_one_to_three_count_twice_four_to_eight_once_and_nine_not_at_all() {
        var veteran = new RosterRules.Holder("x", LocalDate.of(1980, 1, 1), true, null, 0, true);
        RosterLine grade3 = new RosterLine(CardKind.VETERAN, "v", 3, true, 0, 12, dec("50000"), true, true);
        RosterLine grade8 = new RosterLine(CardKind.VETERAN, "v", 8, true, 0, 12, dec("50000"), true, true);
        RosterLine grade9 = new RosterLine(CardKind.VETERAN, "v", 9, true, 0, 12, dec("50000"), true, true);
        assertThat(judge(grade3, veteran).weight()).isEqualTo(2);
        assertThat(judge(grade8, veteran).weight()).isEqualTo(1);
        assertThat(judge(grade9, veteran).reason()).isEqualTo(ExclusionReason.NO_VALID_CARD);
    }

    @Test
    void each_condition_excludes_with_its_own_reason() {
        assertThat(judge(line(), null).reason()).isEqualTo(ExclusionReason.NO_VALID_CARD);
        var cancelled = new RosterRules.Holder("x", LocalDate.of(1985, 3, 12), true, DisabilityCategory.PHYSICAL, 4, false);
        assertThat(judge(line(), cancelled).reason()).isEqualTo(ExclusionReason.NO_VALID_CARD);
        var child = new RosterRules.Holder("x", LocalDate.of(2010, 3, 12), true, DisabilityCategory.PHYSICAL, 4, true);
        assertThat(judge(line(), child).reason()).isEqualTo(ExclusionReason.AGE);
        var retired = new RosterRules.Holder("x", LocalDate.of(1960, 3, 12), true, DisabilityCategory.PHYSICAL, 4, true);
        assertThat(judge(line(), retired).reason()).isEqualTo(ExclusionReason.AGE);
        RosterLine shortContract = new RosterLine(CardKind.DISABILITY, "c", null, false, 11, 12, dec("23760"), true, true);
        assertThat(judge(shortContract, holder(DisabilityCategory.PHYSICAL, 4)).reason()).isEqualTo(ExclusionReason.CONTRACT_LT_1Y);
        RosterLine lowWage = new RosterLine(CardKind.DISABILITY, "c", null, false, 12, 12, dec("23759.99"), true, true);
        assertThat(judge(lowWage, holder(DisabilityCategory.PHYSICAL, 4)).reason()).isEqualTo(ExclusionReason.WAGE_LT_MIN);
        RosterLine noInsurance = new RosterLine(CardKind.DISABILITY, "c", null, false, 12, 12, dec("23760"), false, true);
        assertThat(judge(noInsurance, holder(DisabilityCategory.PHYSICAL, 4)).reason()).isEqualTo(ExclusionReason.SOCIAL_INSURANCE);
    }

    @Test
    void permanent_staff_need_no_contract_and_part_years_need_the_minimum_wage_for_their_months_only() {
        RosterLine halfYear = new RosterLine(CardKind.DISABILITY, "c", null, true, 0, 6, new BigDecimal("11880"), true, true);
        assertThat(judge(halfYear, holder(DisabilityCategory.PHYSICAL, 4)).counted()).isTrue();
    }

    @Test
    void a_woman_counts_until_her_retirement_age() {
        var atFiftyFour = new RosterRules.Holder("x", LocalDate.of(1971, 6, 1), false, DisabilityCategory.PHYSICAL, 4, true);
        var atFiftySix = new RosterRules.Holder("x", LocalDate.of(1969, 6, 1), false, DisabilityCategory.PHYSICAL, 4, true);
        assertThat(judge(line(), atFiftyFour).counted()).isTrue();
        assertThat(judge(line(), atFiftySix).reason()).isEqualTo(ExclusionReason.AGE);
    }
}
