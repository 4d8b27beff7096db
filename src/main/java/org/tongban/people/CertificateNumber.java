package org.tongban.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A valid 20-character 残疾人证 number: the holder's 18-character ID number, the category digit
 * and the grade digit (common.md §5). Obtained only through {@link #parse}, so holding one means
 * it passed every check.
 */
public record CertificateNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX][1-7][1-4]$");

    /** Why a number was refused; each has a message key in the user's language. */
    public enum Problem {
        EMPTY, FORMAT, CATEGORY, GRADE, BIRTH_DATE, CHECKSUM
    }

    /** The outcome of parsing: a number or the first problem found. */
    public record Result(CertificateNumber number, Problem problem) {
        public boolean valid() {
            return number != null;
        }
    }

    public CertificateNumber {
        if (!value.equals(normalise(value)) || problemOf(value, LocalDate.MAX) != null) {
            throw new IllegalArgumentException("Not a valid certificate number");
        }
    }

    /**
     * Checks a number as typed: trims it, upper-cases an 'x', then checks format, birth date
     * (a real date not after {@code today}) and the GB 11643 check character.
     */
    public static Result parse(String input, LocalDate today) {
        String s = normalise(input);
        Problem problem = problemOf(s, today);
        return problem == null ? new Result(new CertificateNumber(s), null) : new Result(null, problem);
    }

    private static Problem problemOf(String s, LocalDate today) {
        if (s.isEmpty()) {
            return Problem.EMPTY;
        }
        if (!FORMAT.matcher(s).matches()) {
            return formatProblem(s);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        if (birth.isAfter(today)) {
            return Problem.BIRTH_DATE;
        }
        return IdNumbers.hasValidCheckCharacter(s.substring(0, 18)) ? null : Problem.CHECKSUM;
    }

    /** Tells which part is wrong when the overall pattern fails, so the message can be precise. */
    private static Problem formatProblem(String s) {
        if (s.length() == 20 && s.substring(0, 18).matches("\\d{17}[\\dX]")) {
            if (!s.substring(18, 19).matches("[1-7]")) {
                return Problem.CATEGORY;
            }
            if (!s.substring(19, 20).matches("[1-4]")) {
                return Problem.GRADE;
            }
        }
        return Problem.FORMAT;
    }

    static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase();
    }

    public String idNumber() {
        return value.substring(0, 18);
    }

    public DisabilityCategory category() {
        return DisabilityCategory.ofDigit(value.charAt(18) - '0');
    }

    public int grade() {
        return value.charAt(19) - '0';
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Whether this card belongs to that ID number with that category and grade (rule 5). */
    public boolean matches(String idNumber, DisabilityCategory category, int grade) {
        return idNumber().equals(normalise(idNumber)) && category() == category && grade() == grade;
    }

    /** Never print the full number by accident: logs and lists get the masked form. */
    @Override
    public String toString() {
        return Masking.certificateNumber(value);
    }
}
