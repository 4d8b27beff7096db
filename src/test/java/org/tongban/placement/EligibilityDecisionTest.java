package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** welfare-placement-eligibility at its boundaries: the count against the cap of 2, the second-placement conditions. */
@Deployment(resources = WelfarePlacementProcessTest.DMN)
class EligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("placement/camunda.cfg.xml").build();

    ProcessEngine engine;

    @Test
    void a_first_applicant_meeting_every_condition_is_eligible() {
        assertThat(decide(Map.of())).isEqualTo("ELIGIBLE");
    }

    @ParameterizedTest(name = "{0} placements, previous term expired {1}, special difficulty {2} → {3}")
    @CsvSource({
        "0, true,  false, ELIGIBLE",
        "1, true,  true,  ELIGIBLE",
        "1, false, true,  TERM_NOT_EXPIRED",
        "1, true,  false, NOT_HARDSHIP",
        "2, true,  true,  CAP_REACHED",
        "3, true,  true,  CAP_REACHED",
    })
    void the_count_is_held_against_the_cap_of_two(int placements, boolean termExpired, boolean special, String expected) {
        assertThat(decide(Map.of("placementsSoFar", placements, "previousTermExpired", termExpired,
                "specialDifficulty", special))).isEqualTo(expected);
    }

    @Test
    void the_first_failing_condition_in_the_order_of_the_domain_file_gives_the_reason() {
        assertThat(decide(Map.of("cardValid", false, "workingAge", false))).isEqualTo("NO_VALID_CARD");
        assertThat(decide(Map.of("workingAge", false, "hardshipRecognised", false))).isEqualTo("AGE");
        assertThat(decide(Map.of("hardshipRecognised", false, "employed", true))).isEqualTo("NOT_HARDSHIP");
        assertThat(decide(Map.of("businessOwner", true, "placementsSoFar", 2))).isEqualTo("EMPLOYED");
    }

    private String decide(Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>(Map.of("cardValid", true, "workingAge", true, "hardshipRecognised", true,
                "employed", false, "businessOwner", false, "placementsSoFar", 0, "cap", 2,
                "previousTermExpired", true, "specialDifficulty", false));
        v.putAll(overrides);
        return engine.getDecisionService().evaluateDecisionTableByKey("welfare-placement-eligibility", v)
                .getSingleEntry();
    }
}
