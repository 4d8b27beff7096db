package org.tongban.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks submitted values against a form on the server, whatever the browser checked: required,
 * min/max, minLength/maxLength, pattern, and that a choice is one of the options. Keys the form
 * does not have are dropped, so a submission can never write other process variables.
 *
 * <p>Stored types: text as String, number as Long or Double, checkbox as Boolean, select and
 * radio as String, checklist as the chosen values joined by commas, date and datetime as ISO
 * strings (what Camunda's Tasklist stores for them too).
 */
public final class FormValidator {

    private FormValidator() {
    }

    public static FormSubmission validate(FormDefinition form, Map<String, ?> submitted) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormComponent field : form.fields()) {
            Object raw = submitted.get(field.key());
            FieldError error = check(field, raw);
            if (error != null) {
                errors.add(error);
            } else {
                Object value = store(field, raw);
                if (value != null) {
                    variables.put(field.key(), value);
                }
            }
        }
        return new FormSubmission(variables, errors);
    }

    private static FieldError check(FormComponent f, Object raw) {
        if (isEmpty(raw)) {
            return f.required() ? FieldError.of(f.key(), "form.error.required") : null;
        }
        return switch (f.kind()) {
            case TEXTFIELD, TEXTAREA -> checkText(f, raw.toString());
            case NUMBER -> checkNumber(f, raw);
            case SELECT, RADIO -> options(f).contains(raw.toString()) ? null : FieldError.of(f.key(), "form.error.option");
            case CHECKLIST -> options(f).containsAll(values(raw)) ? null : FieldError.of(f.key(), "form.error.option");
            case CHECKBOX -> raw instanceof Boolean b ? (f.required() && !b ? FieldError.of(f.key(), "form.error.required") : null)
                    : FieldError.of(f.key(), "form.error.invalid");
            case DATETIME -> parseDate(f, raw) == null ? FieldError.of(f.key(), "form.error.date") : null;
            case TEXT, GROUP -> null;
        };
    }

    private static FieldError checkText(FormComponent f, String s) {
        int length = s.codePointCount(0, s.length());
        if (f.minLength() != null && length < f.minLength()) {
            return FieldError.of(f.key(), "form.error.minLength", f.minLength());
        }
        if (f.maxLength() != null && length > f.maxLength()) {
            return FieldError.of(f.key(), "form.error.maxLength", f.maxLength());
        }
        if (f.pattern() != null && !matches(f.pattern(), s)) {
            return FieldError.of(f.key(), "form.error.pattern");
        }
        return null;
    }

    private static FieldError checkNumber(FormComponent f, Object raw) {
        BigDecimal n = number(raw);
        if (n == null) {
            return FieldError.of(f.key(), "form.error.number");
        }
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            return FieldError.of(f.key(), "form.error.min", f.min().toPlainString());
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            return FieldError.of(f.key(), "form.error.max", f.max().toPlainString());
        }
        return null;
    }

    private static Object store(FormComponent f, Object raw) {
        if (isEmpty(raw)) {
            return f.kind() == FormComponentType.CHECKBOX ? Boolean.FALSE : null;
        }
        return switch (f.kind()) {
            case NUMBER -> {
                BigDecimal n = number(raw);
                yield n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
            }
            case CHECKLIST -> String.join(",", values(raw));
            case DATETIME -> parseDate(f, raw).toString();
            case CHECKBOX -> raw;
            default -> raw.toString();
        };
    }

    private static Object parseDate(FormComponent f, Object raw) {
        if (raw instanceof LocalDate d) {
            return f.dateOnly() ? d : null;
        }
        if (raw instanceof LocalDateTime t) {
            return f.dateOnly() ? t.toLocalDate() : t;
        }
        try {
            return f.dateOnly() ? LocalDate.parse(raw.toString()) : LocalDateTime.parse(raw.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean matches(String pattern, String s) {
        try {
            return Pattern.compile(pattern).matcher(s).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Form has an invalid pattern: " + pattern, e);
        }
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> options(FormComponent f) {
        return f.options().stream().map(FormComponent.Option::value).collect(Collectors.toSet());
    }

    private static List<String> values(Object raw) {
        if (raw instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(raw.toString().split(","));
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank())
                || (raw instanceof Collection<?> c && c.isEmpty());
    }
}
