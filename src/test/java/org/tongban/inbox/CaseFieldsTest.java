package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseFieldsTest {

    @Test
    void lists_show_a_persons_name_masked_and_an_employers_in_full() {
        assertThat(new CaseFields("巴特尔", null, "JUSTICE", Set.of()).applicantShown()).isEqualTo("巴*尔");
        assertThat(new CaseFields("二连浩特市恒通国际物流有限公司", null, "CDPF", Set.of(), false).applicantShown())
                .isEqualTo("二连浩特市恒通国际物流有限公司");
    }

    @Test
    void a_long_employer_name_is_shortened_to_what_the_list_holds() {
        String name = "二连浩特市".repeat(14);

        assertThat(new CaseFields(name, null, "CDPF", Set.of(), false).applicantShown()).hasSize(64).endsWith("…");
        assertThat(new CaseFields(" ", null, "CDPF", Set.of(), false).applicantShown()).isNull();
    }
}
