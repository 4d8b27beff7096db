package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;

/**
 * Demo employers (with valid GB 32100 codes) and reviews of the current year in every state, so
 * the CDPF, HRSS, TAX and FIN inboxes, the case view and the campaign page have something to show.
 * Employees are taken from the synthetic registry (working-age card holders marked employed).
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 5)
class QuotaReviewDemoData implements ApplicationRunner {

    private record DemoEmployer(String name, EmployerKind kind, boolean committee, int headcount, int payroll10k) {
    }

    private static final List<DemoEmployer> EMPLOYERS = List.of(
            new DemoEmployer("二连浩特市口岸物流有限公司", EmployerKind.ENTERPRISE, false, 200, 1200),
            new DemoEmployer("二连浩特市恐龙文化旅游有限公司", EmployerKind.ENTERPRISE, false, 85, 468),
            new DemoEmployer("二连浩特市北疆商贸有限公司", EmployerKind.ENTERPRISE, false, 140, 784),
            new DemoEmployer("二连浩特市扎门乌德宾馆有限公司", EmployerKind.ENTERPRISE, false, 25, 110),
            new DemoEmployer("二连浩特市木材加工有限公司", EmployerKind.ENTERPRISE, false, 310, 1736),
            new DemoEmployer("二连浩特市城市供热有限责任公司", EmployerKind.ENTERPRISE, false, 120, 804),
            new DemoEmployer("二连浩特市中蒙医院", EmployerKind.PUBLIC_INSTITUTION, false, 260, 2080),
            new DemoEmployer("二连浩特市第一中学", EmployerKind.PUBLIC_INSTITUTION, false, 180, 1530),
            new DemoEmployer("二连浩特市人力资源和社会保障局", EmployerKind.AGENCY, true, 60, 510),
            new DemoEmployer("二连浩特市财政局", EmployerKind.AGENCY, true, 55, 470),
            new DemoEmployer("二连浩特市民政和社会保障局", EmployerKind.AGENCY, true, 70, 590),
            new DemoEmployer("二连浩特市住房和城乡建设局", EmployerKind.AGENCY, true, 65, 550),
            new DemoEmployer("二连浩特市蒙古包制作有限公司", EmployerKind.ENTERPRISE, false, 100, 560),
            new DemoEmployer("二连浩特市国际陆港有限公司", EmployerKind.ENTERPRISE, false, 220, 1540),
            new DemoEmployer("锡林郭勒盟某运输有限公司（外地注册）", EmployerKind.ENTERPRISE, false, 90, 500),
            new DemoEmployer("二连浩特市边贸超市有限公司", EmployerKind.ENTERPRISE, false, 48, 230));

    private final EmployerRegistry employers;
    private final QuotaCampaigns campaigns;
    private final QuotaReviewService reviews;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    QuotaReviewDemoData(EmployerRegistry employers, QuotaCampaigns campaigns, QuotaReviewService reviews,
            TaskService tasks, RuntimeService runtime, ManagementService management, JdbcTemplate jdbc, Clock clock) {
        this.management = management;
        this.employers = employers;
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        if (campaigns.find(year).isPresent()) {
            return;
        }
        if (jdbc.queryForObject("select count(*) from qr_parameter where param_key = 'quota.reward_amount'", Integer.class) == 0) {
            jdbc.update("insert into qr_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, scope, reference, mark) "
                    + "values ('quota.reward_amount', '5000', 'YUAN_PERSON', null, date '2025-01-01', null, 'quota-review', "
                    + "'演示数值：内蒙古自治区超比例安排残疾人就业奖励办法（试行），上线前按公布标准设置', 'PRACTICE')");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < EMPLOYERS.size(); i++) {
            DemoEmployer d = EMPLOYERS.get(i);
            String first17 = "9115250" + (d.kind() == EmployerKind.ENTERPRISE ? "1MA0D" : "1DEMO".replace('O', '0'))
                    + "%05d".formatted(i + 1);
            first17 = first17.substring(0, 17);
            String code = first17 + UnifiedCreditCode.checkCharacter(first17);
            Employer e = employers.register(new EmployerRegistration(code, d.name(), d.kind(), d.kind() == EmployerKind.AGENCY,
                    false, d.committee()));
            employers.recordHeadcount(e.getId(), year - 1, BigDecimal.valueOf(d.headcount()),
                    BigDecimal.valueOf(d.payroll10k() * 10_000L), "DEMO");
            ids.add(e.getId());
        }
        LocalDate closes = LocalDate.now(clock).plusMonths(1);
        campaigns.open(year, LocalDate.of(year, 3, 1), closes,
                "按比例安排残疾人就业情况申报表；残疾职工残疾人证；劳动合同；上年工资和社会保险缴纳记录；承诺书。", "cdpf.officer");
        Map<Long, String> cases = new HashMap<>();
        for (Long id : ids) {
            cases.put(id, reviews.startReview(id, year, closes, "cdpf.officer"));
        }
        jdbc.update("update qr_campaign set state = 'STARTED', total = ?, started = ? where review_year = ?", ids.size(), ids.size(), year);

        List<String> cards = cards();
        int next = 0;
        // 0: declared, waiting for 受理 at CDPF
        next = declare(cases.get(ids.get(0)), 200, 1200, cards, next, 1, false);
        // 1: returned for correction, waiting for the supplement
        next = declare(cases.get(ids.get(1)), 85, 468, cards, next, 1, false);
        returnForCorrection(cases.get(ids.get(1)), "缺少残疾职工劳动合同复印件和上年12月社保缴费记录。");
        // 2: accepted, 协查 at HRSS
        next = declare(cases.get(ids.get(2)), 140, 784, cards, next, 2, false);
        accept(cases.get(ids.get(2)));
        // 4: at certification
        next = declare(cases.get(ids.get(4)), 310, 1736, cards, next, 2, false);
        accept(cases.get(ids.get(4)));
        complete(cases.get(ids.get(4)), "hrss.officer", Map.of("insuranceExceptions", "", "hrssReply", "社保、工资均已核实。"));
        // 5: certified, in the objection period
        next = declare(cases.get(ids.get(5)), 120, 804, cards, next, 1, false);
        certify(cases.get(ids.get(5)));
        // 6: 复核 requested, at another CDPF officer
        next = declare(cases.get(ids.get(6)), 260, 2080, cards, next, 2, false);
        certify(cases.get(ids.get(6)));
        reviews.fileObjection(cases.get(ids.get(6)), "一名职工社保已补缴，请求计入。", "employer");
        // 8, 9: agencies above the ratio → reward review
        next = declare(cases.get(ids.get(12)), 100, 560, cards, next, 3, false);
        certify(cases.get(ids.get(12)));
        objectionPeriodOver(cases.get(ids.get(12)));
        // 13: levy due, relief requested → FIN decides
        next = declare(cases.get(ids.get(13)), 220, 1540, cards, next, 1, true);
        certify(cases.get(ids.get(13)));
        objectionPeriodOver(cases.get(ids.get(13)));
        complete(cases.get(ids.get(13)), "cdpf.officer", Map.of("handOverNote", "已推送税务"));
        // 7: levy due, at TAX for payment
        next = declare(cases.get(ids.get(7)), 180, 1530, cards, next, 1, false);
        certify(cases.get(ids.get(7)));
        objectionPeriodOver(cases.get(ids.get(7)));
        complete(cases.get(ids.get(7)), "cdpf.officer", Map.of("handOverNote", "已推送税务"));
        // 10: not paid → FIN warning
        next = declare(cases.get(ids.get(10)), 70, 590, cards, next, 0, false);
        certify(cases.get(ids.get(10)));
        objectionPeriodOver(cases.get(ids.get(10)));
        complete(cases.get(ids.get(10)), "cdpf.officer", Map.of("handOverNote", "已推送税务"));
        complete(cases.get(ids.get(10)), "tax.officer", Map.of("paid", false));
        // 11: paid and closed
        next = declare(cases.get(ids.get(11)), 65, 550, cards, next, 0, false);
        certify(cases.get(ids.get(11)));
        objectionPeriodOver(cases.get(ids.get(11)));
        complete(cases.get(ids.get(11)), "cdpf.officer", Map.of("handOverNote", "已推送税务"));
        complete(cases.get(ids.get(11)), "tax.officer", Map.of("paid", true, "paidOn", LocalDate.now(clock).toString()));
        // 3: small enterprise, exempt, closed
        declare(cases.get(ids.get(3)), 25, 110, cards, next, 0, false);
        certify(cases.get(ids.get(3)));
        objectionPeriodOver(cases.get(ids.get(3)));
        // 14: registered elsewhere → not accepted
        declare(cases.get(ids.get(14)), 90, 500, cards, next, 0, false);
        complete(cases.get(ids.get(14)), "cdpf.officer", Map.of("returned", false, "notInJurisdiction", true,
                "competentBody", "锡林浩特市残疾人联合会"));
        // 8, 9, 15: still waiting for a declaration (reminders due before the close)
    }

    /** Valid cards of working-age employed people in the synthetic registry. */
    private List<String> cards() {
        int year = LocalDate.now(clock).getYear();
        return jdbc.queryForList("select c.card_number from disability_card c join person p on p.id = c.person_id "
                + "where c.status = 'VALID' and p.employed = true and p.birth_date between ? and ? order by c.id",
                String.class, LocalDate.of(year - 50, 1, 1), LocalDate.of(year - 22, 1, 1));
    }

    private int declare(String caseNumber, int headcount, int payroll10k, List<String> cards, int from, int count,
            boolean relief) {
        List<RosterLine> roster = new ArrayList<>();
        for (int i = 0; i < count && from + i < cards.size(); i++) {
            roster.add(new RosterLine(CardKind.DISABILITY, cards.get(from + i), null, false, 36, 12, new BigDecimal("52000"),
                    true, true));
        }
        reviews.declare(caseNumber, new Declaration(BigDecimal.valueOf(headcount), BigDecimal.valueOf(payroll10k * 10_000L),
                roster, relief, relief ? "受边境口岸疫情闭关影响，停产4个月。" : null), Review.Channel.ONLINE, "cdpf.officer");
        return from + count;
    }

    private void returnForCorrection(String caseNumber, String items) {
        Task task = task(caseNumber);
        tasks.claim(task.getId(), "cdpf.officer");
        tasks.createComment(task.getId(), task.getProcessInstanceId(), items);
        tasks.complete(task.getId(), Map.of("returned", true));
    }

    private void accept(String caseNumber) {
        complete(caseNumber, "cdpf.officer", Map.of("returned", false, "notInJurisdiction", false, "intakeNote", "材料齐全"));
    }

    private void certify(String caseNumber) {
        accept(caseNumber);
        complete(caseNumber, "hrss.officer", Map.of("insuranceExceptions", "", "hrssReply", "社保、工资均已核实。"));
        complete(caseNumber, "cdpf.officer", Map.of("certificationNote", "经审核，认定如确认书所列。"));
    }

    /** Ends the 复核 period at once for the demo (the timer would fire after 15 working days). */
    private void objectionPeriodOver(String caseNumber) {
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        var timer = management.createJobQuery().processInstanceId(instanceId).activityId("CatchEvent_ObjectionPeriodEnded")
                .singleResult();
        if (timer != null) {
            management.executeJob(timer.getId());
        }
    }

    private void complete(String caseNumber, String user, Map<String, Object> variables) {
        Task task = task(caseNumber);
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    private Task task(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }
}
