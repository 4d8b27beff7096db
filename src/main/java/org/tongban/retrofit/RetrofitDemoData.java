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
import org.springframework.jdbc.core.JdbcTemplate;

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
    private static final int REFUSED = 5;

    private final String[] heads = new String[15];
    private final String[] units = new String[15];

    private final RetrofitService service;
    private final RetrofitApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;

    RetrofitDemoData(RetrofitService service, RetrofitApplicationRepository applications, JdbcTemplate jdbc,
            TaskService tasks, ManagementService management, IdentityService identity) {
        this.service = service;
        this.applications = applications;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (applications.count() > 0) {
            return;
        }
        pickHeads();
        if (java.util.Arrays.asList(heads).contains(null)) {
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        try {
            at(today.minusDays(60));
            String closed = reviewed(0, "DIBAO");
            String payment = reviewed(1, "TEKUN");
            String rectification = reviewed(2, "LOW_INCOME");
            String works = reviewed(3, "DIBAO");
            String procurement = reviewed(4, "DIBAO");
            at(today.minusDays(45));
            for (String c : List.of(closed, payment, rectification, works, procurement)) {
                fireTimer(c);
                photo(c, RetrofitProcess.TASK_HOME_ASSESSMENT, RetrofitProcess.PHOTO_BEFORE, new java.awt.Color(0x8D6E63));
                service.savePlan(c, fittingItems(c), "希望如厕、洗澡安全", "cdpf.officer");
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
            String refused = applied(5);
            initialCheck(refused);
            checks(refused, "DIBAO");
            String objection = reviewed(6, "DIBAO");
            at(today.minusDays(18));
            service.raiseObjection(objection, "群众反映该户已迁出本市", "housing.officer");
            String declined = applied(7);
            at(today.minusDays(12));
            service.decline(declined, "户主已搬至子女家居住", userOf(units[7]));
            String assessment = reviewed(9, "DIBAO");
            fireTimer(assessment);
            at(today.minusDays(5));
            reviewed(8, "LOW_INCOME");
            String inReview = applied(10);
            initialCheck(inReview);
            at(today.minusDays(2));
            String returned = applied(11);
            complete(returned, RetrofitProcess.TASK_INITIAL_CHECK, null, Map.of("completeness", "INCOMPLETE",
                    "missingItems", "房屋产权证明或租赁合同；户口簿", "initialCheckNote", "材料不全"));
            applied(12);
            applied(13);
            at(today.minusDays(1));
            applied(14);
        } finally {
            ClockUtil.reset();
        }
    }

    private String reviewed(int n, String hardship) {
        String caseNumber = applied(n);
        initialCheck(caseNumber);
        checks(caseNumber, hardship);
        return caseNumber;
    }

    private String applied(int n) {
        NewApplication application = new NewApplication(heads[n], List.of(), units[n], "二连浩特市" + (n + 1) + "号院",
                n % 3 == 0 ? "TEKUN" : "DIBAO", n % 2 == 0, n % 5 == 0, "OWNED", false, true,
                n % 3 == 0 ? Channel.SURVEY : n % 3 == 1 ? Channel.GRASS_ROOTS : Channel.DIRECT,
                "卫生间无扶手，轮椅进出家门困难");
        return service.apply(application, "cdpf.officer", "demo-retrofit-" + n).caseNumber();
    }

    /**
     * Heads of the demo households from the synthetic registry (the city's 773 people stay 773):
     * holders of a valid grade 1–2 card, and for the refused case one with grade 3 only.
     */
    private void pickHeads() {
        List<Map<String, Object>> rows = jdbc.queryForList("select p.id_number, p.grass_roots_unit, min(c.grade) as grade"
                + " from person p join disability_card c on c.person_id = p.id where c.status = 'VALID'"
                + " group by p.id, p.id_number, p.grass_roots_unit order by p.id");
        int severe = 0;
        for (Map<String, Object> row : rows) {
            int grade = ((Number) row.get("grade")).intValue();
            String id = (String) row.get("id_number");
            String unit = (String) row.get("grass_roots_unit");
            if (grade == 3 && heads[REFUSED] == null) {
                heads[REFUSED] = id;
                units[REFUSED] = unit;
            } else if (grade <= 2 && severe < heads.length) {
                if (severe == REFUSED) {
                    severe++;
                }
                if (severe < heads.length) {
                    heads[severe] = id;
                    units[severe] = unit;
                    severe++;
                }
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
        photo(caseNumber, RetrofitProcess.TASK_INSPECT, RetrofitProcess.PHOTO_AFTER, new java.awt.Color(0x2E7D32));
        complete(caseNumber, RetrofitProcess.TASK_INSPECT, "housing.officer", Map.of("inspectionPassed", passed,
                "satisfaction", passed ? "SATISFIED" : "BASICALLY", "inspectionNote", passed ? "对照方案逐项验收合格" : "坡道坡度超标，需整改"));
    }

    private void complete(String caseNumber, String taskKey, String officer, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        String user = officer == null ? userOf(service.grassRootsUnitOf(caseNumber)) : officer;
        tasks.setAssignee(task.getId(), user);
        identity.setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The first three catalogue items serving the household's categories, one of each (within any cap). */
    private List<RetrofitService.PlanItem> fittingItems(String caseNumber) {
        return service.planContext(caseNumber).items().stream().limit(3)
                .map(i -> new RetrofitService.PlanItem(i.code(), 1)).toList();
    }

    /** A stand-in photo attached to the case's open task, labelled like an upload from the task's panel. */
    private void photo(String caseNumber, String taskKey, String label, java.awt.Color color) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        tasks.createAttachment("image/png", task.getId(), task.getProcessInstanceId(),
                (RetrofitProcess.PHOTO_BEFORE.equals(label) ? "before" : "after") + ".png", label,
                new java.io.ByteArrayInputStream(DemoPhotos.png(color)));
    }

    /** Fires the case's timer at its due time (plus an hour), then puts the clock back. */
    private void fireTimer(String caseNumber) {
        Job job = management.createJobQuery().processInstanceId(service.processInstanceOf(caseNumber)).timers().singleResult();
        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 3600_000L));
        management.executeJob(job.getId());
        ClockUtil.setCurrentTime(now);
    }

    /** The grass-roots officer of a unit: COMMUNITY-03 → community03. */
    private static String userOf(String unit) {
        return unit.toLowerCase(java.util.Locale.ROOT).replace("-", "");
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant()));
    }
}
