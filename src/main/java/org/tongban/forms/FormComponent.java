package org.tongban.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One form-js component. Labels are written in Chinese in the form file; an English label may
 * be given as the custom property {@code labelEn} (descriptions: {@code descriptionEn}), which
 * Camunda's own Tasklist ignores.
 */
public record FormComponent(
        String id,
        String type,
        String subtype,
        String key,
        String label,
        String labelEn,
        String description,
        String descriptionEn,
        String text,
        Object defaultValue,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Integer minLength,
        Integer maxLength,
        String pattern,
        List<Option> options,
        List<FormComponent> components) {

    /** A choice of a select, radio or checklist: the stored value and its labels. */
    public record Option(String value, String label, String labelEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
        }
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null ? descriptionEn : description;
    }

    /** This component with other choices. */
    public FormComponent withOptions(List<Option> choices) {
        return new FormComponent(id, type, subtype, key, label, labelEn, description, descriptionEn, text, defaultValue,
                required, min, max, minLength, maxLength, pattern, List.copyOf(choices), components);
    }

    /** This component with other nested components. */
    public FormComponent withComponents(List<FormComponent> nested) {
        return new FormComponent(id, type, subtype, key, label, labelEn, description, descriptionEn, text, defaultValue,
                required, min, max, minLength, maxLength, pattern, options, List.copyOf(nested));
    }

    /** Whether the user enters a value here (as opposed to text or a group). */
    public boolean isField() {
        return key != null && kind().isField();
    }

    public FormComponentType kind() {
        return FormComponentType.of(type);
    }

    /** A datetime component asking for a date only (form-js subtype {@code date}). */
    public boolean dateOnly() {
        return kind() == FormComponentType.DATETIME && "date".equals(subtype);
    }
}
