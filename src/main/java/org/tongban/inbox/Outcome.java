package org.tongban.inbox;

import java.util.List;
import org.tongban.forms.FieldError;

/**
 * What became of a task action, in words the user can be shown: done, refused with a message
 * (translation key and arguments), or form errors to show beside the fields.
 */
public record Outcome(boolean done, String messageKey, List<Object> arguments, List<FieldError> fieldErrors) {

    public static Outcome ok(String messageKey, Object... arguments) {
        return new Outcome(true, messageKey, List.of(arguments), List.of());
    }

    public static Outcome refused(String messageKey, Object... arguments) {
        return new Outcome(false, messageKey, List.of(arguments), List.of());
    }

    public static Outcome invalid(List<FieldError> errors) {
        return new Outcome(false, "task.error.form", List.of(), List.copyOf(errors));
    }
}
