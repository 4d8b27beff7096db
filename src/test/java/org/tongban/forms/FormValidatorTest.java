package org.tongban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final FormDefinition FORM = FormReader.read(new ByteArrayInputStream("""
            {"id": "t.f", "components": [
              {"type": "textfield", "key": "code", "label": "编号", "validate": {"pattern": "^[A-Z]{2}\\\\d{2}$", "maxLength": 4}},
              {"type": "textarea", "key": "text", "label": "说明", "validate": {"required": true, "minLength": 3, "maxLength": 5}},
              {"type": "number", "key": "amount", "label": "金额", "validate": {"min": 0, "max": 100}},
              {"type": "select", "key": "kind", "label": "类型", "values": [{"label": "甲", "value": "A"}]},
              {"type": "checklist", "key": "items", "label": "事项", "values": [{"label": "一", "value": "1"}, {"label": "二", "value": "2"}]},
              {"type": "checkbox", "key": "agree", "label": "同意", "validate": {"required": true}},
              {"type": "datetime", "subtype": "date", "key": "on", "label": "日期"},
              {"type": "group", "label": "组", "components": [{"type": "textfield", "key": "inner", "label": "内"}]},
              {"type": "text", "text": "说明文字"}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    @Test
    void accepts_values_within_every_limit_and_stores_engine_types() {
        FormSubmission s = FormValidator.validate(FORM, Map.of("code", "AB12", "text", "四个字呢", "amount", "100",
                "kind", "A", "items", List.of("1", "2"), "agree", true, "on", "2026-11-30", "inner", "x"));

        assertThat(s.errors()).isEmpty();
        assertThat(s.variables()).containsEntry("amount", 100L).containsEntry("items", "1,2")
                .containsEntry("agree", true).containsEntry("on", "2026-11-30").containsEntry("inner", "x");
    }

    @Test
    void refuses_each_broken_rule_with_its_message() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("code", "ab12");
        bad.put("text", "两字");
        bad.put("amount", "100.5");
        bad.put("kind", "Z");
        bad.put("items", List.of("3"));
        bad.put("agree", false);
        bad.put("on", "2026-02-30");

        assertThat(FormValidator.validate(FORM, bad).errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("code", "form.error.pattern"),
                        org.assertj.core.groups.Tuple.tuple("text", "form.error.minLength"),
                        org.assertj.core.groups.Tuple.tuple("amount", "form.error.max"),
                        org.assertj.core.groups.Tuple.tuple("kind", "form.error.option"),
                        org.assertj.core.groups.Tuple.tuple("items", "form.error.option"),
                        org.assertj.core.groups.Tuple.tuple("agree", "form.error.required"),
                        org.assertj.core.groups.Tuple.tuple("on", "form.error.date"));
    }

    @Test
    void counts_chinese_characters_not_bytes_and_checks_the_upper_limits() {
        assertThat(FormValidator.validate(FORM, Map.of("text", "五个汉字啊", "agree", true)).errors()).isEmpty();
        assertThat(FormValidator.validate(FORM, Map.of("text", "六个汉字啊啊", "agree", true)).errors())
                .extracting(FieldError::messageKey).containsExactly("form.error.maxLength");
        assertThat(FormValidator.validate(FORM, Map.of("text", "三个字", "agree", true, "amount", -1)).errors())
                .extracting(FieldError::messageKey).containsExactly("form.error.min");
    }

    @Test
    void drops_keys_the_form_does_not_have() {
        FormSubmission s = FormValidator.validate(FORM, Map.of("text", "三个字", "agree", true, "approved", true));

        assertThat(s.variables()).doesNotContainKey("approved");
    }

    @Test
    void refuses_an_unsupported_component() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormReader.read(new ByteArrayInputStream(
                "{\"components\": [{\"type\": \"filepicker\", \"key\": \"f\"}]}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filepicker");
    }
}
