package org.tongban.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.base.Languages;
import org.tongban.consultation.ConsultationService;
import org.tongban.inbox.InboxService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

@TongbanTest
class TaskViewTest {

    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired Languages languages;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void an_officer_claims_fills_in_the_form_and_completes_the_task() {
        String caseNumber = consultations.refer("CDPF", "辅助器具适配咨询");
        String taskId = taskOf(caseNumber);
        String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        SignedInUi.open(context, "cdpf.officer");
        openTask(taskId);

        click("action-claim");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("cdpf.officer");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("task-timeline"))
                .getElement().getTextRecursively())
                .contains("生成任务「答复咨询」，由市残疾人联合会办理", "王丽娟（市残疾人联合会） 认领了「答复咨询」");
        _get(TextArea.class, spec -> spec.withId("field-answer")).setValue("已告知辅助器具适配的申请材料和流程。");
        _get(DatePicker.class, spec -> spec.withId("field-answeredOn")).setValue(LocalDate.of(2026, 11, 30));
        click("action-complete");

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        var answer = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("answer").singleResult();
        assertThat(answer.getValue()).isEqualTo("已告知辅助器具适配的申请材料和流程。");
        var channel = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("channel").singleResult();
        assertThat(channel.getValue()).as("default of the radio group").isEqualTo("PHONE");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
    }

    @Test
    void says_in_chinese_what_is_missing_and_completes_nothing() {
        String taskId = taskOf(consultations.refer("CDPF", "康复服务咨询"));
        SignedInUi.open(context, "cdpf.officer");
        openTask(taskId);

        _get(TextArea.class, spec -> spec.withId("field-answer")).setValue("太短");
        click("action-complete");

        TextArea answer = _get(TextArea.class, spec -> spec.withId("field-answer"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("至少 10 个字");
        assertThat(_get(DatePicker.class, spec -> spec.withId("field-answeredOn")).getErrorMessage()).isEqualTo("请填写此项");
        assertThat(answer.getValue()).isEqualTo("太短");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void says_in_english_what_is_missing_for_an_english_user() {
        String taskId = taskOf(consultations.refer("MEDINS", "医保报销咨询"));
        languages.choose("medins.officer", Languages.ENGLISH);
        try {
            SignedInUi.open(context, "medins.officer");
            openTask(taskId);

            click("action-complete");

            assertThat(_get(TextArea.class, spec -> spec.withId("field-answer")).getErrorMessage())
                    .isEqualTo("This field is required");
            assertThat(_get(TextArea.class, spec -> spec.withId("field-answer")).getLabel()).isEqualTo("Answer");
        } finally {
            languages.choose("medins.officer", Languages.CHINESE);
        }
    }

    @Test
    void another_agencys_task_is_not_found() {
        String taskId = taskOf(consultations.refer("CDPF", "残疾人证换领咨询"));
        SignedInUi.open(context, "justice.officer");

        openTask(taskId);

        assertThat(_get(H2.class, spec -> spec.withId("task-not-found")).getText()).isEqualTo("未找到此任务");
    }

    @Test
    void a_colleague_claiming_first_is_explained_and_the_typed_answer_stays() {
        String caseNumber = consultations.refer("CDPF", "就业扶持政策咨询");
        String taskId = taskOf(caseNumber);
        SignedInUi.open(context, "cdpf.officer");
        openTask(taskId);
        _get(TextArea.class, spec -> spec.withId("field-answer")).setValue("已告知就业扶持政策及申请渠道。");

        TongbanUser colleague = new TongbanUser("cdpf.supervisor", "宋卫东", "CDPF", EnumSet.of(Role.SUPERVISOR));
        assertThat(inbox.claim(colleague, taskId).done()).isTrue();
        NotificationsKt.clearNotifications();
        click("action-complete");

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text).contains("宋卫东", "认领"));
        assertThat(_get(TextArea.class, spec -> spec.withId("field-answer")).getValue()).isEqualTo("已告知就业扶持政策及申请渠道。");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("cdpf.supervisor");
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private static void openTask(String taskId) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("id", taskId));
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }
}
