package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RuleRefusalTest {

    @Test
    void is_found_however_deeply_the_engine_wrapped_it() {
        var refusal = new RuleRefusal("quotareview.error.deferralCap", 6);
        var wrapped = new ProcessEngineException("listener failed", new RuntimeException(refusal));

        assertThat(RuleRefusal.in(wrapped)).containsSame(refusal);
        assertThat(RuleRefusal.in(new ProcessEngineException("other"))).isEmpty();
    }

    @Test
    void the_rest_answer_is_in_chinese_unless_english_is_asked_for_first() {
        var refusal = new RuleRefusal("quotareview.error.reductionCap", "81000.00");

        assertThat(RuleRefusalResponses.message(refusal, null)).isEqualTo("减免额不得超过一年应缴额 81000.00 元");
        assertThat(RuleRefusalResponses.message(refusal, "en-GB,en;q=0.9"))
                .isEqualTo("A reduction may not exceed one year's levy, CNY 81000.00");
    }
}
