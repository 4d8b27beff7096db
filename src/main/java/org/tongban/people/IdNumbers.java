package org.tongban.people;

/** The GB 11643 citizen identity number: its check character. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The check character for the first 17 digits of an ID number. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("Need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a digit at " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Whether character 18 is the right check character (an 'x' must already be upper case). */
    public static boolean hasValidCheckCharacter(CharSequence id18) {
        return id18.length() == 18 && checkCharacter(id18) == id18.charAt(17);
    }
}
