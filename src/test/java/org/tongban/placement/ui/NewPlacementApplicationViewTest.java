package org.tongban.placement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.placement.TestPeople;

/** A community officer records an application; mistakes show at the field as they are typed. */
@TongbanTest
class NewPlacementApplicationViewTest {

    @Autowired ApplicationContext context;
    @Autowired PeopleRegistry people;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void a_community_officer_files_an_application_for_a_registered_person_and_gets_the_case_number() {
        Person person = TestPeople.woman(jdbc, people);
        SignedInUi.open(context, "community01");
        UI.getCurrent().navigate("welfare-placement/new");

        assertThat(select("placement-unit").getValue()).isEqualTo("COMMUNITY-01");
        field("placement-id-number").setValue(person.getIdNumber());
        assertThat(_get(Span.class, s -> s.withId("placement-applicant")).getText()).startsWith("申请人：")
                .contains(person.maskedIdNumber()).doesNotContain(person.getIdNumber());
        field("placement-employment-card").setValue("1525010098765432");
        _click(_get(Button.class, s -> s.withId("placement-submit")));

        String text = _get(Paragraph.class, s -> s.withId("placement-result")).getElement().getTextRecursively();
        assertThat(text).startsWith("已受理登记，案件编号 WP-");
        String caseNumber = text.replaceAll(".*(WP-\\d{4}-\\d{6}).*", "$1");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
        assertThat(_get(Button.class, s -> s.withId("placement-submit")).isEnabled()).isFalse();
    }

    @Test
    void a_wrong_id_number_and_phone_are_marked_as_typed_and_submitting_writes_nothing() {
        SignedInUi.open(context, "community01");
        UI.getCurrent().navigate("welfare-placement/new");
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("welfare-placement").count();

        field("placement-id-number").setValue("152501197809309037");
        assertThat(field("placement-id-number").isInvalid()).isTrue();
        assertThat(field("placement-id-number").getErrorMessage()).isEqualTo("身份证号格式或校验位不正确");
        assertThat(field("placement-employment-card").isInvalid()).as("not touched yet").isFalse();
        field("placement-phone").setValue("123");
        assertThat(field("placement-phone").getErrorMessage()).isEqualTo("请填写11位手机号或带区号的固定电话");

        _click(_get(Button.class, s -> s.withId("placement-submit")));

        assertThat(field("placement-employment-card").getErrorMessage()).isEqualTo("此项必填");
        assertThat(_get(Paragraph.class, s -> s.withId("placement-result")).getText()).isEqualTo("请按提示修改标出的项目");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("welfare-placement").count()).isEqualTo(before);
    }

    @Test
    void an_officer_of_an_agency_that_takes_no_applications_is_told_so() {
        SignedInUi.open(context, "tax.officer");
        UI.getCurrent().navigate("welfare-placement/new");
        assertThat(_get(Paragraph.class, s -> s.withId("placement-not-allowed")).getText())
                .isEqualTo("只有市残联和社区/嘎查残疾人专职委员可以登记公益性岗位申请。");
    }

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}
