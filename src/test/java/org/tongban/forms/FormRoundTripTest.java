package org.tongban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form under {@code forms/} renders, accepts a value in each field, and gives the same
 * values back when rendered again from the variables it produced.
 */
class FormRoundTripTest {

    static Stream<Path> forms() throws IOException {
        return Files.walk(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void renders_and_round_trips_every_field(Path file) throws IOException {
        FormDefinition form;
        try (InputStream in = Files.newInputStream(file)) {
            form = FormReader.read(in);
        }
        String folder = file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replace(".form", "");
        assertThat(form.id()).isEqualTo(folder + "." + name);
        assertThat(form.fields()).isNotEmpty();
        // A choice filled in from the case (form-js valuesKey, see inbox.TaskFormOptions) gets sample choices.
        Map<String, List<FormComponent.Option>> fromCase = new HashMap<>();
        form.fields().stream().filter(f -> (f.kind() == FormComponentType.SELECT || f.kind() == FormComponentType.RADIO)
                && f.options().isEmpty()).forEach(f -> fromCase.put(f.key(),
                        List.of(new FormComponent.Option("SAMPLE-1", "示例一", "Sample one"),
                                new FormComponent.Option("SAMPLE-2", "示例二", "Sample two"))));
        form = form.withOptions(fromCase);

        CamundaFormView first = new CamundaFormView(form, sampleValues(form, examples(file)));
        FormSubmission submitted = first.submit();
        assertThat(submitted.errors()).isEmpty();
        assertThat(submitted.variables().keySet()).containsExactlyInAnyOrderElementsOf(
                form.fields().stream().map(FormComponent::key).toList());

        CamundaFormView again = new CamundaFormView(form, submitted.variables());
        assertThat(normalised(again.values())).isEqualTo(normalised(first.values()));
    }

    /** A valid value for every field: the form's own example, else one within its limits. */
    private static Map<String, Object> sampleValues(FormDefinition form, Map<String, String> examples) {
        Map<String, Object> values = new HashMap<>();
        for (FormComponent f : form.fields()) {
            Object value = switch (f.kind()) {
                case TEXTFIELD, TEXTAREA -> examples.getOrDefault(f.key(),
                        "测".repeat(Math.max(3, f.minLength() == null ? 0 : f.minLength())));
                case NUMBER -> f.min() != null ? f.min().add(BigDecimal.ONE) : BigDecimal.TEN;
                case SELECT, RADIO -> f.options().get(f.options().size() - 1).value();
                case CHECKLIST -> f.options().get(0).value() + "," + f.options().get(f.options().size() - 1).value();
                case CHECKBOX -> true;
                case DATETIME -> f.dateOnly() ? LocalDate.of(2026, 11, 30).toString()
                        : LocalDateTime.of(2026, 11, 30, 9, 30).toString();
                default -> null;
            };
            values.put(f.key(), value);
        }
        return values;
    }

    private static Map<String, String> examples(Path file) throws IOException {
        Map<String, String> examples = new HashMap<>();
        collectExamples(new ObjectMapper().readTree(file.toFile()).path("components"), examples);
        return examples;
    }

    private static void collectExamples(JsonNode components, Map<String, String> into) {
        for (JsonNode c : components) {
            if (c.path("properties").has("example")) {
                into.put(c.path("key").asText(), c.path("properties").path("example").asText());
            }
            collectExamples(c.path("components"), into);
        }
    }

    private static Map<String, Object> normalised(Map<String, Object> values) {
        Map<String, Object> result = new HashMap<>();
        values.forEach((k, v) -> result.put(k, v instanceof List<?> l ? l.stream().map(String::valueOf).sorted().toList()
                : v instanceof BigDecimal b ? b.stripTrailingZeros() : v));
        return result;
    }
}
