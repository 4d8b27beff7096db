package org.tongban.retrofit;

import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/** Drives a real case to a given step for view tests (engine calls as the steps before would make them). */
public final class TestRetrofitCases {

    private final RetrofitService service;
    private final TaskService tasks;
    private final ManagementService management;

    public TestRetrofitCases(ApplicationContext context) {
        this.service = context.getBean(RetrofitService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** A new application of a household headed by this person. */
    public String applied(String headIdNumber) {
        return service.apply(TestHouseholds.application(headIdNumber, List.of(), false), "community03", null).caseNumber();
    }

    /** An eligible household in 公示. */
    public String inNotice(String headIdNumber) {
        String c = applied(headIdNumber);
        complete(c, RetrofitProcess.TASK_INITIAL_CHECK, Map.of("completeness", "COMPLETE", "initialCheckNote", "已入户"));
        complete(c, RetrofitProcess.TASK_CHECK_CARD_AND_HOME, Map.of("homeAdaptable", true, "homeUnsafe", false,
                "needConfirmed", true, "cardAndHomeNote", "证件有效"));
        complete(c, RetrofitProcess.TASK_CHECK_HARDSHIP, Map.of("hardshipCategory", "DIBAO",
                "elderlyAdaptationFound", false, "hardshipNote", "低保在册"));
        return c;
    }

    /** An eligible household after 公示, at the home assessment. */
    public String atAssessment(String headIdNumber) {
        String c = inNotice(headIdNumber);
        Job timer = management.createJobQuery().processInstanceId(service.processInstanceOf(c)).timers().singleResult();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 3600_000L));
        management.executeJob(timer.getId());
        ClockUtil.reset();
        return c;
    }

    /** A household whose plan (ramp and grab bar) the head signed, waiting for procurement. */
    public String awaitingProcurement(String headIdNumber, byte[] photoBefore) {
        String c = atAssessment(headIdNumber);
        Task assessment = task(c, RetrofitProcess.TASK_HOME_ASSESSMENT);
        tasks.createAttachment("image/png", assessment.getId(), assessment.getProcessInstanceId(), "before.png",
                RetrofitProcess.PHOTO_BEFORE, new ByteArrayInputStream(photoBefore));
        service.savePlan(c, List.of(new RetrofitService.PlanItem("RAMP", 1), new RetrofitService.PlanItem("GRAB_BAR", 1)),
                "希望轮椅能出门", "cdpf.officer");
        complete(c, RetrofitProcess.TASK_HOME_ASSESSMENT, Map.of("householdAgrees", true, "assessmentNote", "户主已签字"));
        return c;
    }

    /** Works done under a batch, at the acceptance inspection (a photo before is on file). */
    public String atInspection(String headIdNumber, byte[] photoBefore) {
        String c = awaitingProcurement(headIdNumber, photoBefore);
        service.contractBatch(service.get(c).getProgrammeYear(), "PC-T-" + c.substring(c.length() - 6), List.of(c),
                "housing.officer");
        complete(c, RetrofitProcess.TASK_SUPERVISE_WORKS, Map.of("worksCompletedOn", "2026-11-20", "worksNote", "完工"));
        return c;
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        tasks.complete(task(caseNumber, taskKey).getId(), variables);
    }

    private Task task(String caseNumber, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
    }
}
