package org.tongban.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Camunda Form as Vaadin fields, in the UI's language. Each field is checked with the same
 * {@link FormValidator} the server applies, as the user leaves it; {@link #submit()} checks all.
 */
public class CamundaFormView extends VerticalLayout {

    private final FormDefinition form;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, FormComponent> components = new LinkedHashMap<>();

    /** @param values current values by key (defaults apply where a key has none) */
    public CamundaFormView(FormDefinition form, Map<String, ?> values) {
        this.form = form;
        setPadding(false);
        addClassName("camunda-form");
        add(layout(form.components(), values));
    }

    private Component layout(List<FormComponent> list, Map<String, ?> values) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (FormComponent c : list) {
            layout.add(render(c, values));
        }
        return layout;
    }

    private Component render(FormComponent c, Map<String, ?> values) {
        Locale locale = getLocale();
        switch (c.kind()) {
            case TEXT:
                return new Paragraph(c.text() == null ? "" : c.text());
            case GROUP:
                Div group = new Div();
                group.getElement().setAttribute("role", "group");
                H3 legend = new H3(c.label(locale));
                legend.setId("group-" + c.id());
                group.getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
                group.add(legend, layout(c.components(), values));
                return group;
            default:
                HasValue<?, ?> field = field(c, locale);
                Object value = values.containsKey(c.key()) ? values.get(c.key()) : c.defaultValue();
                setValue(c, field, value);
                fields.put(c.key(), field);
                components.put(c.key(), c);
                ((Component) field).setId("field-" + c.key());
                field.addValueChangeListener(e -> showErrors(check(c.key())));
                return (Component) field;
        }
    }

    private HasValue<?, ?> field(FormComponent c, Locale locale) {
        String label = c.label(locale);
        HasValue<?, ?> field = switch (c.kind()) {
            case TEXTFIELD -> {
                TextField f = new TextField(label);
                if (c.maxLength() != null) {
                    f.setMaxLength(c.maxLength());
                }
                yield f;
            }
            case TEXTAREA -> {
                TextArea f = new TextArea(label);
                if (c.maxLength() != null) {
                    f.setMaxLength(c.maxLength());
                }
                f.setMinHeight("6em");
                yield f;
            }
            // Limits are checked by FormValidator, whose messages say what the limit is.
            case NUMBER -> new NumberField(label);
            case SELECT -> {
                Select<String> f = new Select<>();
                f.setLabel(label);
                f.setItems(c.options().stream().map(FormComponent.Option::value).toList());
                f.setItemLabelGenerator(v -> optionLabel(c, v, locale));
                f.setEmptySelectionAllowed(!c.required());
                yield f;
            }
            case RADIO -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
                f.setItems(c.options().stream().map(FormComponent.Option::value).toList());
                f.setItemLabelGenerator(v -> optionLabel(c, v, locale));
                yield f;
            }
            case CHECKLIST -> {
                CheckboxGroup<String> f = new CheckboxGroup<>(label);
                f.setItems(c.options().stream().map(FormComponent.Option::value).toList());
                f.setItemLabelGenerator(v -> optionLabel(c, v, locale));
                yield f;
            }
            case CHECKBOX -> new Checkbox(label);
            case DATETIME -> c.dateOnly() ? new DatePicker(label) : new DateTimePicker(label);
            default -> throw new IllegalArgumentException(c.type());
        };
        field.setRequiredIndicatorVisible(c.required());
        String description = c.description(locale);
        if (description != null && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(description);
        }
        return field;
    }

    private static String optionLabel(FormComponent c, String value, Locale locale) {
        return c.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label(locale)).orElse(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(FormComponent c, HasValue field, Object value) {
        if (value == null) {
            return;
        }
        Object converted = switch (c.kind()) {
            case NUMBER -> value instanceof Number n ? n.doubleValue() : parseDouble(value.toString());
            case CHECKBOX -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            case CHECKLIST -> value instanceof Collection<?> col
                    ? col.stream().map(String::valueOf).collect(Collectors.toCollection(HashSet::new))
                    : new HashSet<>(Arrays.asList(value.toString().split(",")));
            case DATETIME -> c.dateOnly() ? LocalDate.parse(value.toString()) : LocalDateTime.parse(value.toString());
            default -> value.toString();
        };
        field.setValue(converted);
    }

    private static Double parseDouble(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The current values by key, as typed (not yet checked). */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            Object v = field.getValue();
            if (v instanceof Double d) {
                v = BigDecimal.valueOf(d);
            } else if (v instanceof Set<?> set) {
                v = List.copyOf(set);
            }
            values.put(key, v);
        });
        return values;
    }

    /** Checks every field, shows what is wrong, and returns the variables or the errors. */
    public FormSubmission submit() {
        FormSubmission submission = FormValidator.validate(form, values());
        showErrors(submission.errors());
        if (!submission.valid()) {
            ((com.vaadin.flow.component.Focusable<?>) fields.get(submission.errors().get(0).field())).focus();
        }
        return submission;
    }

    private List<FieldError> check(String key) {
        return FormValidator.validate(form, values()).errors().stream().filter(e -> e.field().equals(key)).toList();
    }

    /** Shows these errors (from this view or from the server) and clears the others. */
    public void showErrors(List<FieldError> errors) {
        Set<String> wrong = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation v && !wrong.contains(key) && components.get(key) != null) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
        for (FieldError error : errors) {
            if (fields.get(error.field()) instanceof HasValidation v) {
                v.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                v.setInvalid(true);
            }
        }
    }

    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    /** The field for a key, for tests and for focusing. */
    public HasValue<?, ?> field(String key) {
        return fields.get(key);
    }
}
