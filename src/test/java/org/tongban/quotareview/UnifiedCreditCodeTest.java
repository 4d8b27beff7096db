package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedCreditCodeTest {

    @Test
    void accepts_a_published_code_with_its_check_character() {
        assertThat(UnifiedCreditCode.problemOf("91350100M000100Y43")).isEmpty();
        assertThat(UnifiedCreditCode.parse(" 91350100m000100y43 ")).map(UnifiedCreditCode::value)
                .contains("91350100M000100Y43");
    }

    @Test
    void refuses_a_wrong_check_character() {
        assertThat(UnifiedCreditCode.problemOf("91350100M000100Y44")).contains(UnifiedCreditCode.Problem.CHECK_CHARACTER);
    }

    @Test
    void refuses_letters_outside_the_gb_32100_set_and_wrong_lengths() {
        assertThat(UnifiedCreditCode.problemOf("91350100M000100I43")).contains(UnifiedCreditCode.Problem.CHARACTERS);
        assertThat(UnifiedCreditCode.problemOf("91350100O000100Y43")).contains(UnifiedCreditCode.Problem.CHARACTERS);
        assertThat(UnifiedCreditCode.problemOf("91350100M000100Y4")).contains(UnifiedCreditCode.Problem.LENGTH);
        assertThat(UnifiedCreditCode.problemOf("")).contains(UnifiedCreditCode.Problem.EMPTY);
        assertThat(UnifiedCreditCode.problemOf("91AB0100M000100Y43")).contains(UnifiedCreditCode.Problem.REGION);
    }

    @Test
    void a_check_character_of_31_becomes_zero() {
        for (int i = 0; i < 2000; i++) {
            String first17 = "9115250" + "%010d".formatted(i);
            char check = UnifiedCreditCode.checkCharacter(first17);
            assertThat(UnifiedCreditCode.CHARSET.indexOf(check)).isBetween(0, 30);
            assertThat(UnifiedCreditCode.problemOf(first17 + check)).isEmpty();
        }
    }
}
