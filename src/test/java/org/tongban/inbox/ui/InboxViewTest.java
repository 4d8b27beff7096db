package org.tongban.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.InboxTab;
import org.tongban.security.CurrentUser;

/** Each tab lists the right tasks, for an officer of the lead agency and of a cooperating one. */
@TongbanTest
class InboxViewTest {

    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_cooperating_agency_sees_its_opinion_task_queued_then_mine_then_done_and_the_case_under_cooperating() {
        String caseNumber = consultations.refer("CDPF", "CIVIL", "低保与生活补贴衔接咨询");

        SignedInUi.open(context, "civil.officer");
        assertThat(tasksIn(InboxTab.QUEUE, caseNumber)).extracting(InboxRow::taskDefinitionKey)
                .containsExactly("Task_GiveOpinion");
        assertThat(tasksIn(InboxTab.MINE, caseNumber)).isEmpty();
        assertThat(tasksIn(InboxTab.COOPERATING, caseNumber)).isEmpty();

        String taskId = tasksIn(InboxTab.QUEUE, caseNumber).get(0).taskId();
        assertThat(inbox.claim(CurrentUser.require(), taskId).done()).isTrue();
        assertThat(tasksIn(InboxTab.QUEUE, caseNumber)).isEmpty();
        assertThat(tasksIn(InboxTab.MINE, caseNumber)).extracting(InboxRow::assignee).containsExactly("civil.officer");

        assertThat(inbox.complete(CurrentUser.require(), taskId,
                Map.of("opinion", "申请人家庭已纳入低保，可同时享受生活补贴。", "basis", "POLICY")).done()).isTrue();
        assertThat(tasksIn(InboxTab.MINE, caseNumber)).isEmpty();
        assertThat(tasksIn(InboxTab.DONE, caseNumber)).extracting(InboxRow::taskId).containsExactly(taskId);
        assertThat(tasksIn(InboxTab.COOPERATING, caseNumber)).extracting(InboxRow::taskDefinitionKey, InboxRow::agency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_AnswerConsultation", "CDPF"));
    }

    @Test
    void the_lead_agency_queues_its_answer_and_cooperates_on_nothing_it_leads() {
        String caseNumber = consultations.refer("CDPF", "CIVIL", "残疾人证与低保资格咨询");
        completeOpinion(caseNumber);

        SignedInUi.open(context, "cdpf.officer");

        assertThat(tasksIn(InboxTab.QUEUE, caseNumber)).extracting(InboxRow::taskDefinitionKey, InboxRow::leadAgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_AnswerConsultation", "CDPF"));
        assertThat(tasksIn(InboxTab.COOPERATING, caseNumber)).isEmpty();
        assertThat(tasksIn(InboxTab.MINE, caseNumber)).isEmpty();
    }

    @Test
    void another_agency_never_sees_the_case() {
        String caseNumber = consultations.refer("CDPF", "残疾人证换领咨询");

        SignedInUi.open(context, "justice.officer");

        for (InboxTab tab : InboxTab.values()) {
            assertThat(tasksIn(tab, caseNumber)).as(tab.name()).isEmpty();
        }
    }

    @Test
    void counts_stand_beside_the_tabs() {
        SignedInUi.open(context, "housing.officer");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        int queued = GridKt._findAll(gridOf(view, InboxTab.QUEUE)).size();

        assertThat(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-queue")).getLabel())
                .isEqualTo("本单位待认领（" + queued + "）");
    }

    private void completeOpinion(String caseNumber) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        tasks.complete(task.getId(), Map.of("opinion", "依政策可以同时享受。", "basis", "POLICY"));
    }

    /** The rows of a tab with the search box set to the case number, as the officer would look. */
    private List<InboxRow> tasksIn(InboxTab tab, String caseNumber) {
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(caseNumber);
        return GridKt._findAll(gridOf(view, tab));
    }

    private static com.vaadin.flow.component.grid.Grid<InboxRow> gridOf(InboxView view, InboxTab tab) {
        view.show(tab);
        return view.grid();
    }
}
