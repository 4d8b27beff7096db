package org.tongban.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void an_id_number_keeps_region_and_last_four() {
        assertThat(Masking.idNumber("152501197809309038")).isEqualTo("152501********9038");
        assertThat(Masking.idNumber("15250119850312908X")).isEqualTo("152501********908X");
    }

    @Test
    void a_card_number_also_hides_category_and_grade() {
        assertThat(Masking.certificateNumber("15250119780930903842")).isEqualTo("152501********9038**");
    }

    @Test
    void a_name_keeps_first_and_last_character() {
        assertThat(Masking.name("张小华")).isEqualTo("张*华");
        assertThat(Masking.name("王芳")).isEqualTo("王*");
        assertThat(Masking.name("吉日嘎拉")).isEqualTo("吉**拉");
        assertThat(Masking.name("乌")).isEqualTo("乌");
    }

    @Test
    void never_reveals_short_or_missing_input() {
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
        assertThat(Masking.certificateNumber("  ")).isEmpty();
    }
}
