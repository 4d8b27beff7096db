package org.tongban.forms;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking submitted values against a form: the variables to store (only the
 * form's own keys, in engine-friendly types) or the errors to show.
 */
public record FormSubmission(Map<String, Object> variables, List<FieldError> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
