package org.tongban.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.people.CertificateNumber.Problem;

class CertificateNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void accepts_the_physical_grade_two_vector() {
        var result = CertificateNumber.parse("15250119780930903842", TODAY);

        assertThat(result.valid()).isTrue();
        assertThat(result.number().category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(result.number().grade()).isEqualTo(2);
        assertThat(result.number().idNumber()).isEqualTo("152501197809309038");
        assertThat(result.number().birthDate()).isEqualTo(LocalDate.of(1978, 9, 30));
    }

    @Test
    void accepts_the_intellectual_grade_one_vector_with_a_lower_case_x_and_spaces() {
        var result = CertificateNumber.parse("  15250119850312908x51 ", TODAY);

        assertThat(result.valid()).isTrue();
        assertThat(result.number().value()).isEqualTo("15250119850312908X51");
        assertThat(result.number().category()).isEqualTo(DisabilityCategory.INTELLECTUAL);
        assertThat(result.number().grade()).isEqualTo(1);
    }

    @Test
    void refuses_the_bad_checksum_vector() {
        assertThat(CertificateNumber.parse("15250119780930903742", TODAY).problem()).isEqualTo(Problem.CHECKSUM);
    }

    @Test
    void refuses_the_bad_grade_vector() {
        assertThat(CertificateNumber.parse("15250119780930903845", TODAY).problem()).isEqualTo(Problem.GRADE);
    }

    @Nested
    class refuses {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "'', EMPTY",
            "'   ', EMPTY",
            "1525011978093090384, FORMAT",
            "152501197809309038421, FORMAT",
            "05250119780930903842, FORMAT",
            "15250117780930903842, FORMAT",
            "15250119781330903842, FORMAT",
            "15250119780230903842, BIRTH_DATE",
            "15250119780931903842, BIRTH_DATE",
            "15250119780930903882, CATEGORY",
            "15250119780930903802, CATEGORY",
            "15250119780930903840, GRADE",
        })
        void malformed_numbers(String input, Problem problem) {
            assertThat(CertificateNumber.parse(input, TODAY).problem()).isEqualTo(problem);
        }

        @Test
        void a_birth_date_in_the_future() {
            String first17 = "15250120270101901";
            String number = first17 + IdNumbers.checkCharacter(first17) + "42";

            assertThat(CertificateNumber.parse(number, TODAY).problem()).isEqualTo(Problem.BIRTH_DATE);
            assertThat(CertificateNumber.parse(number, LocalDate.of(2027, 1, 1)).valid()).isTrue();
        }

        @Test
        void construction_of_an_invalid_value() {
            assertThatThrownBy(() -> new CertificateNumber("15250119780930903742"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void does_not_require_an_erenhot_region_code() {
        String first17 = "11010519491231002";
        String number = first17 + IdNumbers.checkCharacter(first17) + "11";

        assertThat(CertificateNumber.parse(number, TODAY).valid()).isTrue();
    }

    @Test
    void matches_only_the_holders_id_category_and_grade() {
        CertificateNumber number = CertificateNumber.parse("15250119780930903842", TODAY).number();

        assertThat(number.matches("152501197809309038", DisabilityCategory.PHYSICAL, 2)).isTrue();
        assertThat(number.matches("152501197809309038", DisabilityCategory.PHYSICAL, 3)).isFalse();
        assertThat(number.matches("152501197809309038", DisabilityCategory.VISUAL, 2)).isFalse();
        assertThat(number.matches("15250119850312908X", DisabilityCategory.PHYSICAL, 2)).isFalse();
    }

    @Test
    void prints_masked() {
        assertThat(CertificateNumber.parse("15250119780930903842", TODAY).number())
                .hasToString("152501********9038**");
    }
}
