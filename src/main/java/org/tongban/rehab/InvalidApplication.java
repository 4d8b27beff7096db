package org.tongban.rehab;

import java.util.Map;

/** Input a user can correct: field name → translation key of the message. Nothing was written. */
public class InvalidApplication extends RuntimeException {

    private final transient Map<String, String> errors;

    public InvalidApplication(Map<String, String> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
