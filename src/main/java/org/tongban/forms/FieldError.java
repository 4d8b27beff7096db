package org.tongban.forms;

import java.util.List;

/** A refused value: the field key, a translation key ({@code form.error.*}) and its arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
