package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;

/** The demo data leaves placement cases in every status and tasks in every agency's queue. */
@TongbanTest
class WelfarePlacementDemoDataTest {

    @Autowired WelfareApplicationRepository applications;
    @Autowired WelfarePostPlanRepository plans;
    @Autowired TaskService tasks;

    @Test
    void every_status_has_a_case_and_every_agency_of_the_procedure_has_work() {
        assertThat(applications.findAll()).extracting(WelfareApplication::getStatus).contains(ApplicationStatus.values());
        for (String group : new String[] {"CDPF", "HRSS", "CIVIL", "MARKET", "FIN"}) {
            assertThat(tasks.createTaskQuery().processDefinitionKey(WelfarePlacementProcess.KEY).taskCandidateGroup(group)
                    .count()).as(group).isPositive();
        }
        assertThat(plans.findAll()).extracting(WelfarePostPlan::getStatus)
                .contains(WelfarePostPlan.Status.FUNDED, WelfarePostPlan.Status.PROPOSED);
    }
}
