package org.tongban.legalaid.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.legalaid.LegalAidApplication.MatterType;
import org.tongban.people.DisabilityCategory;

@TongbanTest
class NewLegalAidApplicationViewTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_centre_files_a_walk_in_application_and_gets_the_case_number() {
        SignedInUi.open(context, "justice.officer");
        UI.getCurrent().navigate(NewLegalAidApplicationView.class);

        _setValue(_get(TextField.class, s -> s.withId("field-applicantName")), "图雅");
        _setValue(_get(TextField.class, s -> s.withId("field-idNumber")), "15250119850312908x");
        _setValue(select("field-disabilityCategory"), DisabilityCategory.SPEECH);
        _setValue(select("field-matterType"), MatterType.SOCIAL_INSURANCE);
        _setValue(_get(TextArea.class, s -> s.withId("field-caseFacts")), "单位未为申请人缴纳社会保险，申请人要求补缴并赔偿损失。");
        _click(_get(Button.class, s -> s.withId("submit")));

        String text = _get(Paragraph.class, s -> s.withId("result")).getText();
        assertThat(text).startsWith("已登记，案件编号 LA-");
        String caseNumber = text.substring(text.indexOf("LA-"));
        assertThat(jdbc.queryForObject("select count(*) from la_case where case_number = ? and id_number_masked = ?",
                Long.class, caseNumber, "152501********908X")).isEqualTo(1);
        assertThat(_get(TextField.class, s -> s.withId("field-applicantName")).getValue()).isEmpty();
    }

    @Test
    void a_wrong_id_number_is_marked_while_typing_and_nothing_is_filed() {
        SignedInUi.open(context, "justice.officer");
        UI.getCurrent().navigate(NewLegalAidApplicationView.class);
        long before = jdbc.queryForObject("select count(*) from la_case", Long.class);

        TextField id = _get(TextField.class, s -> s.withId("field-idNumber"));
        _setValue(id, "152501197809309037");

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("公民身份号码格式、出生日期或校验码不正确");
        assertThat(_get(TextField.class, s -> s.withId("field-applicantName")).isInvalid()).as("untouched").isFalse();
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("result")).getText()).isEqualTo("请先更正标出的项目");
        assertThat(_get(TextField.class, s -> s.withId("field-applicantName")).getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(jdbc.queryForObject("select count(*) from la_case", Long.class)).isEqualTo(before);
    }

    @Test
    void another_agency_sees_no_intake_form() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(NewLegalAidApplicationView.class);

        assertThat(_get(Paragraph.class, s -> s.withId("only-justice")).getText()).contains("法律援助中心");
        _assertNone(Button.class, s -> s.withId("submit"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}
