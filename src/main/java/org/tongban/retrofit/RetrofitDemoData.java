package org.tongban.retrofit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.PersonRegistration;

/**
 * Retrofit cases in every state (initial check, returned, in review, refused, 公示, objection,
 * assessment, waiting for procurement, works, rectification, payment due, closed, withdrawn),
 * worked through the engine as each agency would, the past made by moving the engine's clock.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 9)
class RetrofitDemoData implements ApplicationRunner {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] NAMES = {"张桂英", "李凤兰", "王宝山", "刘淑珍", "陈玉梅", "杨建军", "赵秀兰",
        "黄志强", "周丽华", "吴国庆", "孙永红", "马占山", "朱海燕", "胡德胜", "巴特尔"};
    private static final String[] UNITS = {"COMMUNITY-01", "COMMUNITY-02", "COMMUNITY-03", "COMMUNITY-04", "COMMUNITY-05",
        "COMMUNITY-06", "COMMUNITY-07", "COMMUNITY-08", "GACHA-01", "SUMU-01", "COMMUNITY-01", "COMMUNITY-03",
        "COMMUNITY-05", "GACHA-03", "COMMUNITY-02"};

    private final RetrofitService service;
    private final RetrofitApplicationRepository applications;
    private final PeopleRegistry registry;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;

    RetrofitDemoData(RetrofitService service, RetrofitApplicationRepository applications, PeopleRegistry registry,
            TaskService tasks, ManagementService management, IdentityService identity) {
        this.service = service;
        this.applications = applications;
        this.registry = registry;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (applications.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        try {
            at(today.minusDays(60));
            String closed = reviewed(0, 2, "DIBAO");
            String payment = reviewed(1, 1, "TEKUN");
            String rectification = reviewed(2, 2, "LOW_INCOME");
            String works = reviewed(3, 1, "DIBAO");
            String procurement = reviewed(4, 2, "DIBAO");
            at(today.minusDays(45));
            for (String c : List.of(closed, payment, rectification, works, procurement)) {
                fireTimer(c);
                service.savePlan(c, List.of(new RetrofitService.PlanItem("GRAB_BAR", 2), new RetrofitService.PlanItem("RAMP", 1),
                        new RetrofitService.PlanItem("SHOWER_SEAT", 1)), "希望如厕、洗澡安全", "cdpf.officer");
                complete(c, RetrofitProcess.TASK_HOME_ASSESSMENT, "cdpf.officer", Map.of("householdAgrees", true,
                        "assessmentNote", "卫生间及入户台阶需改造"));
            }
            at(today.minusDays(40));
            int year = service.get(closed).getProgrammeYear();
            service.contractBatch(year, year + "-第1批", List.of(closed, payment, rectification, works), "housing.officer");
            at(today.minusDays(15));
            for (String c : List.of(closed, payment, rectification)) {
                complete(c, RetrofitProcess.TASK_SUPERVISE_WORKS, "housing.officer", Map.of("worksCompletedOn",
                        today.minusDays(15).toString(), "worksNote", "按方案完工，已上传施工后照片"));
            }
            at(today.minusDays(10));
            inspect(closed, true);
            inspect(payment, true);
            inspect(rectification, false);
            at(today.minusDays(3));
            complete(closed, RetrofitProcess.TASK_PAY_CONTRACTOR, "fin.officer", Map.of("paidOn",
                    today.minusDays(3).toString(), "voucherReference", "GK-" + year + "-0001"));

            at(today.minusDays(20));
            String refused = applied(5, 3);
            initialCheck(refused);
            checks(refused, "DIBAO");
            String objection = reviewed(6, 1, "DIBAO");
            at(today.minusDays(18));
            service.raiseObjection(objection, "群众反映该户已迁出本市", "housing.officer");
            String declined = applied(7, 2);
            at(today.minusDays(12));
            service.decline(declined, "户主已搬至子女家居住", "community08");
            String assessment = reviewed(9, 1, "DIBAO");
            fireTimer(assessment);
            at(today.minusDays(5));
            reviewed(8, 2, "LOW_INCOME");
            String inReview = applied(10, 2);
            initialCheck(inReview);
            at(today.minusDays(2));
            String returned = applied(11, 1);
            complete(returned, RetrofitProcess.TASK_INITIAL_CHECK, "community03", Map.of("completeness", "INCOMPLETE",
                    "missingItems", "房屋产权证明或租赁合同；户口簿", "initialCheckNote", "材料不全"));
            applied(12, 2);
            applied(13, 1);
            at(today.minusDays(1));
            applied(14, 2);
        } finally {
            ClockUtil.reset();
        }
    }

    private String reviewed(int n, int grade, String hardship) {
        String caseNumber = applied(n, grade);
        initialCheck(caseNumber);
        checks(caseNumber, hardship);
        return caseNumber;
    }

    private String applied(int n, int grade) {
        String head = person(n, grade);
        NewApplication application = new NewApplication(head, List.of(), UNITS[n], "二连浩特市" + (n + 1) + "号院",
                n % 3 == 0 ? "TEKUN" : "DIBAO", n % 2 == 0, n % 5 == 0, "OWNED", false, true,
                n % 3 == 0 ? Channel.SURVEY : n % 3 == 1 ? Channel.GRASS_ROOTS : Channel.DIRECT,
                "卫生间无扶手，轮椅进出家门困难");
        return service.apply(application, "cdpf.officer", "demo-retrofit-" + n).caseNumber();
    }

    /** A synthetic person (region 152501, sequence 9xx as common.md reserves) not yet in the registry. */
    private String person(int n, int grade) {
        for (int attempt = 0; ; attempt++) {
            LocalDate birth = LocalDate.of(1950 + n * 3, 1 + n % 12, 5 + attempt % 20);
            String first17 = "152501" + birth.toString().replace("-", "") + (960 + n + attempt / 20);
            String id = first17 + IdNumbers.checkCharacter(first17);
            if (registry.findByIdNumber(id).isEmpty()) {
                registry.register(new PersonRegistration(NAMES[n], n % 2 == 0 ? "F" : "M", id, UNITS[n],
                        UNITS[n].startsWith("GACHA"), false, id + "4" + grade, LocalDate.of(2021, 3, 1)));
                return id;
            }
        }
    }

    private void initialCheck(String caseNumber) {
        complete(caseNumber, RetrofitProcess.TASK_INITIAL_CHECK, null, Map.of("completeness", "COMPLETE",
                "initialCheckNote", "已入户核实，拍摄改造前照片"));
    }

    private void checks(String caseNumber, String hardship) {
        complete(caseNumber, RetrofitProcess.TASK_CHECK_CARD_AND_HOME, "cdpf.officer", Map.of("homeAdaptable", true,
                "homeUnsafe", false, "needConfirmed", true, "cardAndHomeNote", "残疾人证有效，住房可改造"));
        complete(caseNumber, RetrofitProcess.TASK_CHECK_HARDSHIP, "civil.officer", Map.of("hardshipCategory", hardship,
                "elderlyAdaptationFound", false, "hardshipNote", "2023-05 起在册"));
    }

    private void inspect(String caseNumber, boolean passed) {
        complete(caseNumber, RetrofitProcess.TASK_INSPECT, "housing.officer", Map.of("inspectionPassed", passed,
                "satisfaction", passed ? "SATISFIED" : "BASICALLY", "inspectionNote", passed ? "对照方案逐项验收合格" : "坡道坡度超标，需整改"));
    }

    private void complete(String caseNumber, String taskKey, String officer, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        String user = officer == null ? service.grassRootsUnitOf(caseNumber).toLowerCase()
                .replace("-", "") : officer;
        tasks.setAssignee(task.getId(), user);
        identity.setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Fires the case's timer at its due time (plus an hour), then puts the clock back. */
    private void fireTimer(String caseNumber) {
        Job job = management.createJobQuery().processInstanceId(service.processInstanceOf(caseNumber)).timers().singleResult();
        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 3600_000L));
        management.executeJob(job.getId());
        ClockUtil.setCurrentTime(now);
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant()));
    }
}
