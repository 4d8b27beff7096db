package org.tongban.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "processes/consultation-referral/consultation-referral.bpmn",
    "forms/consultation-referral/answer-consultation.form",
})
class ConsultationReferralProcessTest {

    private static final Date DUE = Date.from(Instant.parse("2026-12-04T09:00:00Z"));

    ProcessEngine engine;

    @BeforeEach
    void useThisEngine() {
        // The Spring engine may share this JVM; assertions must look at the in-memory one.
        BpmnAwareTests.init(engine);
    }

    @Test
    void waits_for_the_named_agency_to_answer_by_the_due_date() {
        ProcessInstance instance = start("JUSTICE");

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_ANSWER);
        assertThat(task()).hasCandidateGroup("JUSTICE").isNotAssigned().hasDueDate(DUE);
        var withForm = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("consultation-referral.answer-consultation");
        assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
        assertThat(instance).hasBusinessKey("CR-2026-000001");
    }

    @Test
    void ends_when_the_agency_answers() {
        ProcessInstance instance = start("CDPF");

        complete(task(instance), withVariables("answer", "已告知换领残疾人证所需材料。", "resolved", true));

        assertThat(instance).isEnded().hasPassed(ConsultationProcess.TASK_ANSWER);
        var resolved = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("resolved").singleResult();
        assertThat(resolved.getValue()).isEqualTo(true);
    }

    private ProcessInstance start(String agency) {
        return engine.getRuntimeService().startProcessInstanceByKey(ConsultationProcess.KEY, "CR-2026-000001", Map.of(
                ConsultationProcess.VAR_AGENCY, agency,
                ConsultationProcess.VAR_DUE, DUE,
                ConsultationProcess.VAR_TOPIC, "残疾人证换领咨询"));
    }
}
