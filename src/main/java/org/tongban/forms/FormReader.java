package org.tongban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads form-js JSON into a {@link FormDefinition}; a form using an unsupported component is refused. */
public final class FormReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormReader() {
    }

    public static FormDefinition read(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            return new FormDefinition(root.path("id").asText(null), components(root.path("components")));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable form", e);
        }
    }

    private static List<FormComponent> components(JsonNode array) {
        List<FormComponent> list = new ArrayList<>();
        for (JsonNode node : array) {
            list.add(component(node));
        }
        return list;
    }

    private static FormComponent component(JsonNode n) {
        String type = n.path("type").asText();
        FormComponentType.of(type);
        JsonNode validate = n.path("validate");
        JsonNode properties = n.path("properties");
        return new FormComponent(
                text(n, "id"), type, text(n, "subtype"), text(n, "key"), text(n, "label"), text(properties, "labelEn"),
                text(n, "description"), text(properties, "descriptionEn"), text(n, "text"),
                defaultValue(n.get("defaultValue")),
                validate.path("required").asBoolean(false),
                decimal(validate, "min"), decimal(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"),
                text(validate, "pattern"),
                options(n.path("values")),
                components(n.path("components")));
    }

    private static List<FormComponent.Option> options(JsonNode values) {
        List<FormComponent.Option> options = new ArrayList<>();
        for (JsonNode v : values) {
            options.add(new FormComponent.Option(v.path("value").asText(), v.path("label").asText(),
                    text(v, "labelEn")));
        }
        return options;
    }

    private static Object defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }
        return node.asText();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }
}
