package org.tongban.legalaid.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.inbox.InboxFilter;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.InboxTab;
import org.tongban.legalaid.LegalAidApplication;
import org.tongban.legalaid.LegalAidProcess;
import org.tongban.legalaid.LegalAidService;
import org.tongban.legalaid.RemedyKind;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

@TongbanTest
class LegalAidRemedyViewTest {

    static final TongbanUser CENTRE = new TongbanUser("justice.officer", "法援经办", "JUSTICE", EnumSet.of(Role.OFFICER));
    static final TongbanUser BUREAU = new TongbanUser("justice.supervisor", "法援负责人", "JUSTICE", EnumSet.of(Role.SUPERVISOR));

    @Autowired ApplicationContext context;
    @Autowired LegalAidService legalAid;
    @Autowired InboxService inbox;
    @Autowired InboxQueries queries;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void an_officer_reaches_the_form_from_the_case_page_and_records_an_objection_that_lands_in_the_bureau_inbox() {
        String caseNumber = refused("其木格");
        SignedInUi.open(context, "justice.officer");
        UI.getCurrent().navigate("cases/" + caseNumber);
        Anchor action = _get(Anchor.class, s -> s.withId("legalaid-record-remedy"));
        assertThat(action.getHref()).isEqualTo("legal-aid/remedies?case=" + caseNumber);

        UI.getCurrent().navigate(LegalAidRemedyView.class, QueryParameters.of(LegalAidRemedyView.CASE_PARAMETER, caseNumber));
        assertThat(_get(TextField.class, s -> s.withId("field-caseNumber")).getValue()).isEqualTo(caseNumber);
        assertThat(_get(UnorderedList.class, s -> s.withId("remedies")).getElement().getTextRecursively()).contains("尚无登记");
        kind().setValue(RemedyKind.OBJECTION);
        _setValue(_get(TextArea.class, s -> s.withId("field-grounds")), "申请人认为家庭人均收入计算有误，应扣除医疗支出。");
        _click(_get(Button.class, s -> s.withId("submit")));

        assertThat(_get(Paragraph.class, s -> s.withId("result")).getText())
                .isEqualTo("已登记异议，案件 " + caseNumber + " 的异议审查已进入司法局待办");
        assertThat(_get(UnorderedList.class, s -> s.withId("remedies")).getElement().getTextRecursively())
                .contains("对不予或终止法律援助决定的异议", "应扣除医疗支出");
        assertThat(queries.page(BUREAU, InboxTab.QUEUE, new InboxFilter(LegalAidProcess.KEY, null, null, caseNumber), 0, 10))
                .extracting(r -> r.taskDefinitionKey()).containsExactly(LegalAidProcess.TASK_DECIDE_OBJECTION);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and subject = ? and username = ?",
                Long.class, "LEGAL_AID_OBJECTION_LODGED", caseNumber, "justice.officer")).isEqualTo(1);
    }

    @Test
    void wrong_fields_are_marked_in_words_and_a_refusal_by_the_rules_is_said_without_writing() {
        String submitted = legalAid.apply(walkIn("乌兰", new BigDecimal("800")), CENTRE.username(), null).caseNumber();
        long before = jdbc.queryForObject("select count(*) from la_remedy", Long.class);
        SignedInUi.open(context, "justice.officer");
        UI.getCurrent().navigate(LegalAidRemedyView.class, QueryParameters.of(LegalAidRemedyView.CASE_PARAMETER, submitted));

        DatePicker received = _get(DatePicker.class, s -> s.withId("field-receivedOn"));
        _setValue(received, LocalDate.now(clock).plusDays(2));
        assertThat(received.isInvalid()).isTrue();
        assertThat(received.getErrorMessage()).isEqualTo("收到日期不能晚于今天");
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("result")).getText()).isEqualTo("请先更正标出的项目");
        assertThat(_get(TextArea.class, s -> s.withId("field-grounds")).getErrorMessage()).isEqualTo("此项为必填项");

        _setValue(received, LocalDate.now(clock));
        _setValue(_get(TextArea.class, s -> s.withId("field-grounds")), "申请人不服，要求复查。");
        kind().setValue(RemedyKind.OBJECTION);
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("result")).getText()).contains(submitted, "没有可以提出异议");
        kind().setValue(RemedyKind.CHANGE_OF_LAWYER);
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("result")).getText()).contains("没有正在提供服务的法律援助人员");
        assertThat(jdbc.queryForObject("select count(*) from la_remedy", Long.class)).isEqualTo(before);

        TextField caseNumber = _get(TextField.class, s -> s.withId("field-caseNumber"));
        _setValue(caseNumber, "LA-1999-000001");
        assertThat(caseNumber.isInvalid()).isTrue();
        assertThat(caseNumber.getErrorMessage()).isEqualTo("未找到此案件，或司法局没有参与办理该案件");
    }

    @Test
    void another_agency_on_the_case_sees_the_case_page_without_the_action_and_no_form() {
        String caseNumber = legalAid.apply(new LegalAidApplication("WALK_IN", "娜仁", "152501197809309038", null, 4, "LABOUR",
                "申请人在建筑工地务工被拖欠工资三个月，多次讨要未果。", new BigDecimal("800"), "NONE", false, true, false,
                null, null, null, null, null), CENTRE.username(), null).caseNumber();
        complete(caseNumber, Map.of("intakeOutcome", "ACCEPT")); // CIVIL 协查 now holds a task

        SignedInUi.open(context, "civil.officer");
        UI.getCurrent().navigate("cases/" + caseNumber);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("case-title")).getText()).contains(caseNumber);
        _assertNone(Anchor.class, s -> s.withId("legalaid-record-remedy"));

        UI.getCurrent().navigate(LegalAidRemedyView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("only-justice")).getText()).contains("司法局");
        _assertNone(Button.class, s -> s.withId("submit"));
    }

    private String refused(String name) {
        String caseNumber = legalAid.apply(walkIn(name, new BigDecimal("6000")), CENTRE.username(), null).caseNumber();
        complete(caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        complete(caseNumber, Map.of("decision", "REFUSE_NOT_HARDSHIP"));
        return caseNumber;
    }

    private void complete(String caseNumber, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(inbox.complete(CENTRE, taskId, values).done()).isTrue();
    }

    private static LegalAidApplication walkIn(String name, BigDecimal income) {
        return new LegalAidApplication("WALK_IN", name, "152501197809309038", null, 4, "LABOUR",
                "申请人在建筑工地务工被拖欠工资三个月，多次讨要未果。", income, "NONE", false, false, false, null, null, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private static Select<RemedyKind> kind() {
        return _get(Select.class, s -> s.withId("field-kind"));
    }
}
