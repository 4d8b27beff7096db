package org.tongban.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.consultation.ConsultationService;

/** The case view opens for agencies on the case and for no one else, and every look is audited. */
@TongbanTest
class CaseViewTest {

    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired AuditLog audit;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void an_agency_that_held_a_task_sees_the_case_with_its_open_tasks_and_history() {
        String caseNumber = consultations.refer("COURT", "MARKET", "个体户登记咨询");
        String opinion = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        tasks.complete(opinion, Map.of("opinion", "登记信息属实。", "basis", "POLICY"));

        SignedInUi.open(context, "market.officer");
        UI.getCurrent().navigate("cases/" + caseNumber);

        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).contains(caseNumber);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("case-open-tasks")).getElement().getTextRecursively())
                .contains("答复咨询");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("case-timeline")).getChildren().count()).isGreaterThan(1);
        assertThat(audit.byUser("market.officer")).extracting(e -> e.getAction() + " " + e.getSubject())
                .contains("CASE_VIEWED " + caseNumber);
    }

    @Test
    void an_agency_with_no_part_and_the_committee_get_not_found_and_the_refusal_is_audited() {
        String caseNumber = consultations.refer("COURT", "不相关单位不可见");

        SignedInUi.open(context, "tax.officer");
        UI.getCurrent().navigate("cases/" + caseNumber);
        assertThat(_find(H2.class, spec -> spec.withId("case-not-found"))).hasSize(1);
        assertThat(_find(UnorderedList.class, spec -> spec.withId("case-timeline"))).isEmpty();
        assertThat(audit.byUser("tax.officer")).extracting(e -> e.getAction()).contains("CASE_VIEW_REFUSED");
        SignedInUi.close();

        SignedInUi.open(context, "committee");
        UI.getCurrent().navigate("cases/" + caseNumber);
        assertThat(_find(H2.class, spec -> spec.withId("case-not-found"))).hasSize(1);
    }
}
