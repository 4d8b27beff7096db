package org.tongban.quotareview;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-character
 * set without I, O, Z, S and V; the 18th is a check character over the first 17 (weights 3^i mod 31).
 */
public record UnifiedCreditCode(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code was refused; each has a message key {@code quotareview.code.<problem>}. */
    public enum Problem {
        EMPTY, LENGTH, CHARACTERS, REGION, CHECK_CHARACTER
    }

    public UnifiedCreditCode {
        if (problemOf(value).isPresent()) {
            throw new IllegalArgumentException("Not a valid unified social credit code");
        }
    }

    /** Trims, upper-cases and checks a code as typed; empty when valid. */
    public static Optional<Problem> problemOf(String input) {
        String s = normalise(input);
        if (s.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (s.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        if (!s.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of(Problem.REGION);
        }
        return s.charAt(17) == checkCharacter(s.substring(0, 17)) ? Optional.empty()
                : Optional.of(Problem.CHECK_CHARACTER);
    }

    /** The code as typed, or empty with the problem found. */
    public static Optional<UnifiedCreditCode> parse(String input) {
        return problemOf(input).isPresent() ? Optional.empty() : Optional.of(new UnifiedCreditCode(normalise(input)));
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase();
    }
}
