package org.tongban.committee.targets;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Bad input on an entered figure: per field a translation key and its arguments; nothing was written. */
public class InvalidFigureEntry extends RuntimeException {

    /** A field's problem as a key of the translation files and its MessageFormat arguments. */
    public record Problem(String messageKey, List<Object> arguments) {
        static Problem of(String messageKey, Object... arguments) {
            return new Problem(messageKey, List.of(arguments));
        }
    }

    private final Map<String, Problem> problems;

    InvalidFigureEntry(Map<String, Problem> problems) {
        super("Invalid figure entry: " + problems);
        this.problems = new TreeMap<>(problems);
    }

    /** Field (targetCode, year, quarter, value, numerator, denominator, sourceNote) → its problem. */
    public Map<String, Problem> problems() {
        return new TreeMap<>(problems);
    }
}
