package org.tongban.people;

/**
 * The masked forms every list, log line and document uses (common.md §6.4):
 * {@code 152501********9038} for an ID number, {@code 152501********9038**} for a card number
 * (which also hides category and grade), {@code 张*华} for a published name.
 */
public final class Masking {

    private static final String STARS = "********";

    private Masking() {
    }

    /** Keeps the region (first 6) and the last 4 of an 18-character ID number. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        if (s.length() < 10) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 6) + STARS + s.substring(s.length() - 4);
    }

    /** Masks the ID part like {@link #idNumber} and hides the category and grade digits too. */
    public static String certificateNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String s = number.strip();
        if (s.length() != 20) {
            return idNumber(s);
        }
        return idNumber(s.substring(0, 18)) + "**";
    }

    /** Keeps the first and last character of a name: 张*华, 王*, 巴**尔. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int[] cps = s.codePoints().toArray();
        if (cps.length == 1) {
            return s;
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }
}
