package org.tongban.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
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
    "forms/consultation-referral/give-opinion.form",
})
class ConsultationReferralProcessTest {


    ProcessEngine engine;

    @BeforeEach
    void useThisEngine() {
        // The Spring engine may share this JVM; assertions must look at the in-memory one.
        BpmnAwareTests.init(engine);
    }

    @Test
    void waits_for_the_named_agency_to_answer() {
        ProcessInstance instance = start("JUSTICE", null);

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_ANSWER);
        assertThat(task(instance)).hasCandidateGroup("JUSTICE").isNotAssigned();
        var withForm = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("consultation-referral.answer-consultation");
        assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
        assertThat(instance).hasBusinessKey("CR-2026-000001");
    }

    @Test
    void ends_when_the_agency_answers() {
        ProcessInstance instance = start("CDPF", null);

        complete(task(instance), withVariables("answer", "已告知换领残疾人证所需材料。", "resolved", true));

        assertThat(instance).isEnded().hasPassed(ConsultationProcess.TASK_ANSWER)
                .hasNotPassed(ConsultationProcess.TASK_GIVE_OPINION);
        var resolved = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("resolved").singleResult();
        assertThat(resolved.getValue()).isEqualTo(true);
    }

    @Test
    void asks_the_cooperating_agency_first_when_one_is_named() {
        ProcessInstance instance = start("CDPF", "CIVIL");

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_GIVE_OPINION);
        assertThat(task(instance)).hasCandidateGroup("CIVIL");

        complete(task(instance), withVariables("opinion", "申请人家庭已纳入低保，生活补贴可同时享受。", "basis", "POLICY"));

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_ANSWER);
        assertThat(task(instance)).hasCandidateGroup("CDPF");
        complete(task(instance), withVariables("answer", "已答复：两项待遇可以同时享受。", "returned", false));
        assertThat(instance).isEnded();
    }

    @Test
    void an_answer_returned_for_correction_goes_back_to_the_cooperating_agency() {
        ProcessInstance instance = start("HOUSING", "CDPF");
        complete(task(instance), withVariables("opinion", "改造标准以住建部门方案为准。", "basis", "POLICY"));

        complete(task(instance), withVariables("returned", true));

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_GIVE_OPINION);
        assertThat(task(instance)).hasCandidateGroup("CDPF");
        complete(task(instance), withVariables("opinion", "补充：每户改造经费上限见年度方案。", "basis", "POLICY"));
        complete(task(instance), withVariables("answer", "已答复改造标准与经费上限。", "returned", false));
        assertThat(instance).isEnded();
    }

    @Test
    void a_return_without_a_cooperating_agency_ends_with_the_answer() {
        ProcessInstance instance = start("CDPF", null);

        complete(task(instance), withVariables("answer", "已答复辅助器具适配流程。", "returned", true));

        assertThat(instance).isEnded();
    }

    private ProcessInstance start(String agency, String cooperatingAgency) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ConsultationProcess.VAR_AGENCY, agency);
        variables.put(ConsultationProcess.VAR_COOPERATING_AGENCY, cooperatingAgency);
        variables.put(ConsultationProcess.VAR_TOPIC, "残疾人证换领咨询");
        return engine.getRuntimeService().startProcessInstanceByKey(ConsultationProcess.KEY, "CR-2026-000001", variables);
    }
}
