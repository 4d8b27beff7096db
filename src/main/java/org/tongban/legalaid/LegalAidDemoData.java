package org.tongban.legalaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.OrgStartup;
import org.tongban.organisation.Role;
import org.tongban.people.IdNumbers;
import org.tongban.security.TongbanUser;

/**
 * Legal-aid cases in every state (profile demo), walked through the inbox as the agencies would,
 * so each queue, the case view and the documents have something to show. About the city's yearly
 * volume (≈19 contacts a year, common.md §7). Names and ID numbers are synthetic (sequence 9xx).
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 6)
class LegalAidDemoData implements ApplicationRunner {

    private static final TongbanUser CENTRE = user("justice.officer", "JUSTICE", Role.OFFICER);
    private static final TongbanUser BUREAU = user("justice.supervisor", "JUSTICE", Role.SUPERVISOR);
    private static final TongbanUser STATION = user("cdpf.officer", "CDPF", Role.OFFICER);
    private static final TongbanUser POLICE = user("police.officer", "POLICE", Role.OFFICER);
    private static final TongbanUser COURT = user("court.officer", "COURT", Role.OFFICER);
    private static final TongbanUser FINANCE = user("fin.officer", "FIN", Role.OFFICER);
    private static final Map<String, Object> ASSIGN = Map.of("assignedWorker", "王建国", "workerOrganisation",
            "内蒙古边城律师事务所", "accommodation", "NONE");

    private final LegalAidService service;
    private final LegalAidRemedies remedies;
    private final InboxService inbox;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final Clock clock;
    private int sequence = 900;

    LegalAidDemoData(LegalAidService service, LegalAidRemedies remedies, InboxService inbox, TaskService tasks, ManagementService management,
            HistoryService history, Clock clock) {
        this.service = service;
        this.remedies = remedies;
        this.inbox = inbox;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(LegalAidProcess.KEY).count() > 0) {
            return;
        }
        file("WALK_IN", "赵淑珍", 4, "LABOUR", "DISABLED_NO_FIXED_INCOME", false); // SUBMITTED, check open
        service.apply(application("STATION", "巴特尔", 4, "INJURY", "NONE", false, null), STATION.username(), null);
        // station transfer open (CDPF)
        service.apply(application("CUSTODY", "阿拉坦", 6, "CRIMINAL_DEFENCE", "NONE", false, "POLICE"),
                POLICE.username(), null).caseNumber(); // forwarding open (POLICE)
        String defence = service.apply(application("DEFENCE_NOTICE", "乌力吉", 2, "CRIMINAL_DEFENCE", "NONE", true, "COURT"),
                COURT.username(), null).caseNumber();
        step(COURT, defence, Map.of("noticeReference", "二法通辩〔2026〕4号", "noticeStage", "TRIAL"));
        step(CENTRE, defence, Map.of("intakeOutcome", "ACCEPT")); // mandatory defence: assignment open
        String accepted = file("HOTLINE", "孟桂英", 1, "MAINTENANCE", "ELDERLY_NO_FIXED_INCOME", false);
        step(CENTRE, accepted, Map.of("intakeOutcome", "ACCEPT")); // ACCEPTED, decision open
        String civil = file("WALK_IN", "白玉兰", 5, "SOCIAL_INSURANCE", "NONE", true);
        step(CENTRE, civil, Map.of("intakeOutcome", "ACCEPT")); // CIVIL 协查 open
        String returned = file("WALK_IN", "那仁", 4, "LABOUR", "MIGRANT_WAGE_CLAIM", false);
        step(CENTRE, returned, Map.of("intakeOutcome", "CORRECTION", "missingItems", "劳动合同或用工证明\n工资欠条或考勤记录"));
        String withdrawn = file("WALK_IN", "吴晓东", 4, "LABOUR", "NONE", false);
        step(CENTRE, withdrawn, Map.of("intakeOutcome", "CORRECTION", "missingItems", "收入状况证明"));
        lapse(withdrawn);
        String transferred = file("WALK_IN", "额尔敦", 4, "STATE_COMPENSATION", "NONE", false);
        step(CENTRE, transferred, Map.of("intakeOutcome", "TRANSFER", "competentOffice", "锡林浩特市法律援助中心"));
        decided("苏和", "REFUSE_NOT_HARDSHIP"); // REFUSED, waiting for an objection
        String objected = decided("陈志成", "REFUSE_NOT_IN_SCOPE");
        remedy(objected, RemedyKind.OBJECTION, "申请人认为其请求支付工伤待遇属于法律援助范围，对不予决定有异议。");
        // objection open at the bureau
        String serving = decided("其其格", "GRANT");
        step(CENTRE, serving, ASSIGN); // IN_SERVICE
        String complained = decided("那日苏", "GRANT");
        step(CENTRE, complained, ASSIGN);
        remedy(complained, RemedyKind.COMPLAINT, "受援人反映法律援助人员两周未联系，未告知案件进展。");
        // complaint open beside the handling
        String change = decided("布和", "GRANT");
        step(CENTRE, change, ASSIGN);
        remedy(change, RemedyKind.CHANGE_OF_LAWYER, "受援人为听力残疾人，要求更换能使用手语沟通的法律援助人员。");
        String upheld = decided("刘凤琴", "REFUSE_NOT_IN_SCOPE");
        remedy(upheld, RemedyKind.OBJECTION, "申请人认为其事项属于法律援助范围。");
        step(BUREAU, upheld, Map.of("objectionOutcome", "UPHELD")); // objection upheld: the refusal stands
        String closed = decided("格日勒", "GRANT");
        step(CENTRE, closed, ASSIGN);
        step(CENTRE, closed, Map.of("handlingOutcome", "MATTER_ENDED"));
        step(CENTRE, closed, Map.of("materialsComplete", true));
        step(CENTRE, closed, Map.of("closingReview", "PASSED"));
        step(FINANCE, closed, Map.of("subsidyAmount", 1500, "subsidyVoucher", "财拨〔2026〕8号")); // CLOSED
        String settling = decided("哈斯", "GRANT");
        step(CENTRE, settling, ASSIGN);
        step(CENTRE, settling, Map.of("handlingOutcome", "MATTER_ENDED"));
        step(CENTRE, settling, Map.of("materialsComplete", true));
        step(CENTRE, settling, Map.of("closingReview", "PASSED")); // SETTLEMENT: FIN pays the subsidy
        String terminated = decided("杨秀霞", "GRANT");
        step(CENTRE, terminated, ASSIGN);
        step(CENTRE, terminated, Map.of("handlingOutcome", "TERMINATE_OWN_LAWYER")); // TERMINATED
        String terminatedObjected = decided("张玉梅", "GRANT");
        step(CENTRE, terminatedObjected, ASSIGN);
        step(CENTRE, terminatedObjected, Map.of("handlingOutcome", "TERMINATE_MEANS_CHANGED"));
        remedy(terminatedObjected, RemedyKind.OBJECTION, "受援人称收入变化只是一次性补发工资，经济状况没有改变。");
        // objection to a termination open at the bureau
        String urgent = service.apply(new LegalAidApplication("WALK_IN", "高永庆", nextId(1968), null, 4, "INJURY",
                "交通事故人身损害赔偿，诉讼时效即将届满，申请人肢体残疾。", new BigDecimal("900"), "NONE", false, false, false,
                LocalDate.now(clock).plusDays(3), null, null, null, null), CENTRE.username(), null).caseNumber();
        step(CENTRE, urgent, Map.of("intakeOutcome", "ACCEPT")); // urgent aid open
    }

    private String decided(String name, String decision) {
        String caseNumber = file("WALK_IN", name, 4, "LABOUR", decision.startsWith("REFUSE") ? "NONE" : "DISABLED_NO_FIXED_INCOME",
                false);
        step(CENTRE, caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        step(CENTRE, caseNumber, Map.of("decision", decision));
        return caseNumber;
    }

    private String file(String channel, String name, int category, String matter, String exempt, boolean assistance) {
        return service.apply(application(channel, name, category, matter, exempt, assistance, null), CENTRE.username(), null)
                .caseNumber();
    }

    private LegalAidApplication application(String channel, String name, int category, String matter, String exempt,
            boolean assistanceOrDefendant, String forwarding) {
        boolean forwarded = forwarding != null;
        return new LegalAidApplication(channel, name, nextId(1960 + sequence % 40), null, category, matter,
                "演示案情：申请人需要法律帮助，事实与证据见案卷材料。", forwarded ? null : new BigDecimal("1500"), exempt,
                false, !forwarded && assistanceOrDefendant, forwarded && assistanceOrDefendant, null, forwarding,
                "CUSTODY".equals(channel) ? clock.instant().minusSeconds(3 * 3600) : null,
                "HOTLINE".equals(channel) ? "12348" : null, "HOTLINE".equals(channel) ? "WO-" + sequence : null);
    }

    /** A synthetic ID number of region 152501 with sequence 9xx and a valid check character. */
    private String nextId(int year) {
        String first17 = "152501" + year + "0615" + (sequence++ % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    private void step(TongbanUser user, String caseNumber, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).active().list().stream()
                .filter(t -> !LegalAidProcess.TASK_INVESTIGATE_COMPLAINT.equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow().getId();
        Outcome outcome = inbox.complete(user, taskId, values);
        if (!outcome.done()) {
            throw new IllegalStateException("Legal-aid demo step refused on " + caseNumber + ": " + outcome.messageKey());
        }
    }

    /** The bureau records what reached it today; the task opens at the bureau. */
    private void remedy(String caseNumber, RemedyKind kind, String grounds) {
        remedies.record(CENTRE, caseNumber, kind, new RemedyRequest(LocalDate.now(clock), grounds));
    }

    /** Ends the supplement period now: the application is treated as withdrawn. */
    private void lapse(String caseNumber) {
        Job timer = management.createJobQuery().processInstanceId(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getProcessInstanceId()).timers().singleResult();
        management.executeJob(timer.getId());
    }

    private static TongbanUser user(String username, String unit, Role role) {
        return new TongbanUser(username, username, unit, EnumSet.of(role));
    }
}
