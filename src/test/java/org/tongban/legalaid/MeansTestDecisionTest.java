package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** legal-aid-means-test at its boundaries, one case per 第42条 group, and the income threshold. */
class MeansTestDecisionTest {

    static DmnDecision decision;
    static DmnEngine dmn;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = MeansTestDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/legal-aid/legal-aid-means-test.dmn")) {
            decision = dmn.parseDecision("legal-aid-means-test", in);
        }
    }

    @ParameterizedTest(name = "第42条 {0} → {1}")
    @CsvSource({
        "DISABLED_NO_FIXED_INCOME, EXEMPT_NO_FIXED_INCOME",
        "MINOR_NO_FIXED_INCOME, EXEMPT_NO_FIXED_INCOME",
        "ELDERLY_NO_FIXED_INCOME, EXEMPT_NO_FIXED_INCOME",
        "MIGRANT_WAGE_CLAIM, EXEMPT_MIGRANT_WORKER",
    })
    void every_article_42_group_skips_the_means_check_even_above_the_threshold(String group, String outcome) {
        assertThat(evaluate(false, false, group, false, false)).isEqualTo(outcome);
    }

    @Test
    void a_social_assistance_recipient_confirmed_by_civil_affairs_is_exempt() {
        assertThat(evaluate(false, false, "NONE", true, false)).isEqualTo("EXEMPT_SOCIAL_ASSISTANCE");
        assertThat(evaluate(false, false, "NONE", true, null)).isEqualTo("EXEMPT_SOCIAL_ASSISTANCE");
    }

    @Test
    void mandatory_defence_needs_no_means_test_and_wins_over_everything_else() {
        assertThat(evaluate(true, false, "NONE", false, false)).isEqualTo("MANDATORY_DEFENCE");
        assertThat(evaluate(true, true, "DISABLED_NO_FIXED_INCOME", true, true)).isEqualTo("MANDATORY_DEFENCE");
    }

    @Test
    void a_victim_of_domestic_violence_is_not_held_to_the_hardship_condition() {
        assertThat(evaluate(false, true, "NONE", false, false)).isEqualTo("NO_MEANS_TEST");
    }

    @Test
    void otherwise_the_income_decides_and_without_an_income_nothing_is_established() {
        assertThat(evaluate(false, false, "NONE", false, true)).isEqualTo("WITHIN_THRESHOLD");
        assertThat(evaluate(false, false, "NONE", false, false)).isEqualTo("ABOVE_THRESHOLD");
        assertThat(evaluate(false, false, "NONE", false, null)).isEqualTo("NOT_ESTABLISHED");
    }

    @Test
    void an_income_equal_to_the_threshold_is_within_it_and_one_fen_more_is_not() {
        BigDecimal threshold = new BigDecimal("1290.00");

        assertThat(MeansThreshold.within(new BigDecimal("1290.00"), threshold)).isTrue();
        assertThat(MeansThreshold.within(new BigDecimal("1289.99"), threshold)).isTrue();
        assertThat(MeansThreshold.within(new BigDecimal("1290.01"), threshold)).isFalse();
        assertThat(MeansThreshold.within(null, threshold)).isNull();
        assertThat(MeansThreshold.within(new BigDecimal("800"), null)).isNull();
        assertThat(evaluate(false, false, "NONE", false, MeansThreshold.within(new BigDecimal("1290.00"), threshold)))
                .isEqualTo("WITHIN_THRESHOLD");
        assertThat(evaluate(false, false, "NONE", false, MeansThreshold.within(new BigDecimal("1290.01"), threshold)))
                .isEqualTo("ABOVE_THRESHOLD");
    }

    private static String evaluate(boolean mandatoryDefence, boolean noMeansTestMatter, String exemptGroup,
            boolean socialAssistanceConfirmed, Boolean withinThreshold) {
        Map<String, Object> v = new HashMap<>();
        v.put(LegalAidProcess.VAR_MANDATORY_DEFENCE, mandatoryDefence);
        v.put(LegalAidProcess.VAR_NO_MEANS_TEST_MATTER, noMeansTestMatter);
        v.put(LegalAidProcess.VAR_EXEMPT_GROUP, exemptGroup);
        v.put(LegalAidProcess.VAR_SOCIAL_ASSISTANCE_CONFIRMED, socialAssistanceConfirmed);
        v.put(LegalAidProcess.VAR_WITHIN_MEANS_THRESHOLD, withinThreshold);
        return dmn.evaluateDecisionTable(decision, v).getSingleResult().getSingleEntry();
    }
}
