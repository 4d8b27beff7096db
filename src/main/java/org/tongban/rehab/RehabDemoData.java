package org.tongban.rehab;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;
import org.tongban.organisation.Role;
import org.tongban.people.IdNumbers;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.security.TongbanUser;

/**
 * Synthetic children (IDs 152501…, sequences 970–999) in every state, walked through the tasks
 * by the agencies' demo officers so each inbox, the monitor and the KPI have something to show.
 * The city saw about one or two child rehab cases a year (2016–2020: 6); the demo shows more so
 * every step appears.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 6)
class RehabDemoData implements ApplicationRunner {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TongbanUser CDPF = new TongbanUser("cdpf.officer", "市残联经办人", "CDPF", Set.of(Role.OFFICER));
    private static final TongbanUser COMMUNITY = new TongbanUser("community02", "专职委员", "COMMUNITY-02", Set.of(Role.OFFICER));

    private final RehabService rehab;
    private final ApplicationRepository applications;
    private final TaskService tasks;
    private final IdentityService identity;
    private int sequence = 970;

    RehabDemoData(RehabService rehab, ApplicationRepository applications, TaskService tasks, IdentityService identity) {
        this.rehab = rehab;
        this.applications = applications;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (applications.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        String served1;
        String served2;
        try {
            at(today.minusDays(40));
            served1 = apply("哈斯", LocalDate.of(2021, 4, 12), 4, Proof.CERTIFICATE, CDPF, today.minusDays(40));
            toService(served1, true, "RI-EH-01");
            served2 = apply("其木格", LocalDate.of(2018, 9, 3), 6, Proof.DIAGNOSIS, CDPF, today.minusDays(40));
            toService(served2, false, "RI-EH-03");
            at(today.minusDays(30));
            String outOfArea = apply("图雅", LocalDate.of(2022, 2, 20), 2, Proof.CERTIFICATE, CDPF, today.minusDays(30));
            toDecision(outOfArea, false);
            complete(outOfArea, RehabProcess.TASK_DECIDE, "cdpf.officer", Map.of("approved", true));
            complete(outOfArea, RehabProcess.TASK_CHOOSE_INSTITUTION, "cdpf.officer", Map.of("institutionCode", "RI-XL-01"));
            String refused = apply("朝鲁", LocalDate.of(2012, 1, 8), 4, Proof.CERTIFICATE, CDPF, today.minusDays(30));
            toDecision(refused, false);
            complete(refused, RehabProcess.TASK_DECIDE, "cdpf.officer", Map.of("approved", false, "refusalReason", "NO_NEED"));
            at(today.minusDays(12));
            String returned = apply("萨仁", LocalDate.of(2023, 6, 1), 5, Proof.CERTIFICATE, CDPF, today.minusDays(12));
            complete(returned, RehabProcess.TASK_CHECK_COMPLETENESS, "cdpf.officer",
                    Map.of("completeness", "INCOMPLETE", "missingMaterials", "出生医学证明原件；户口簿本人页"));
            at(today.minusDays(8));
            String assessing = apply("敖登", LocalDate.of(2020, 11, 30), 6, Proof.DIAGNOSIS, CDPF, today.minusDays(8));
            complete(assessing, RehabProcess.TASK_CHECK_COMPLETENESS, "cdpf.officer",
                    Map.of("completeness", "COMPLETE", "needsAssessment", true));
            at(today.minusDays(5));
            String checking = apply("额尔敦", LocalDate.of(2017, 3, 14), 1, Proof.CERTIFICATE, CDPF, today.minusDays(5));
            complete(checking, RehabProcess.TASK_CHECK_COMPLETENESS, "cdpf.officer",
                    Map.of("completeness", "COMPLETE", "needsAssessment", false));
        } finally {
            ClockUtil.reset();
        }
        LocalDate now = LocalDate.now(ZONE);
        // Attendance the institutions reported, and one child absent without reason: suspended.
        rehab.recordService(served1, now.withDayOfMonth(1).minusMonths(1), 19, "ENTRY", CDPF.username());
        rehab.recordService(served1, now.withDayOfMonth(1), 12, null, CDPF.username());
        rehab.recordService(served2, now.withDayOfMonth(1).minusMonths(1), 8, "ENTRY", CDPF.username());
        rehab.reportAbsence(served2, now.minusDays(35), CDPF.username());
        apply("阿拉腾", LocalDate.of(2024, 8, 8), 7, Proof.CERTIFICATE, CDPF, now);
        apply("乌兰", LocalDate.of(2019, 12, 24), 3, Proof.CERTIFICATE, COMMUNITY, now);
    }

    private void toDecision(String caseNumber, boolean assessment) {
        complete(caseNumber, RehabProcess.TASK_CHECK_COMPLETENESS, "cdpf.officer",
                Map.of("completeness", "COMPLETE", "needsAssessment", assessment));
        if (assessment) {
            complete(caseNumber, RehabProcess.TASK_ASSESS_CHILD, "health.officer", Map.of("needConfirmed", true, "reportNumber", "PG-01"));
        }
        complete(caseNumber, RehabProcess.TASK_CHECK_INSURANCE, "medins.officer", Map.of("insured", "YES"));
    }

    private void toService(String caseNumber, boolean assessment, String institution) {
        toDecision(caseNumber, assessment);
        complete(caseNumber, RehabProcess.TASK_DECIDE, "cdpf.officer", Map.of("approved", true));
        complete(caseNumber, RehabProcess.TASK_CHOOSE_INSTITUTION, "cdpf.officer", Map.of("institutionCode", institution));
        complete(caseNumber, RehabProcess.TASK_SIGN_AGREEMENT, "cdpf.officer", Map.of("agreementSigned", true));
    }

    private String apply(String childName, LocalDate born, int category, Proof proof, TongbanUser by, LocalDate received) {
        String childId = id(born);
        boolean diagnosed = proof == Proof.DIAGNOSIS;
        return rehab.apply(new NewApplication("王" + childName.substring(0, 1) + "华", id(born.minusYears(30)), Relation.PARENT,
                RelationDocument.HOUSEHOLD_REGISTER, true, true, childName, childId, by.unitCode().startsWith("COMMUNITY")
                        ? by.unitCode() : "COMMUNITY-0" + (1 + sequence % 8), Residence.HUKOU, category, proof,
                diagnosed ? null : childId + category + "2", diagnosed ? "RI-EH-01" : null, diagnosed ? "孤独症谱系障碍（ICD-10 F84.0）" : null,
                Set.of(ServiceType.TRAINING), received, by.unitCode().startsWith("COMMUNITY") ? Channel.GRASS_ROOTS : Channel.CDPF),
                null, by);
    }

    private String id(LocalDate born) {
        String first17 = "152501" + born.toString().replace("-", "") + (sequence++);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    private void complete(String caseNumber, String taskKey, String officer, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        tasks.setAssignee(task.getId(), officer);
        identity.setAuthenticatedUserId(officer);
        try {
            tasks.complete(task.getId(), new HashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant()));
    }
}
