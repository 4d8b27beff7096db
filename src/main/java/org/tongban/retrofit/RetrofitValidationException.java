package org.tongban.retrofit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Bad input on an application: one message per field, in Chinese and English; nothing was written. */
public class RetrofitValidationException extends RuntimeException {

    /** A field's problem in both languages. */
    public record Problem(String zh, String en) {
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    private final Map<String, Problem> problems;

    RetrofitValidationException(Map<String, Problem> problems) {
        super("Invalid application: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return new TreeMap<>(problems);
    }
}
