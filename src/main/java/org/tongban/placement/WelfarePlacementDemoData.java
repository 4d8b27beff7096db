package org.tongban.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import static org.tongban.placement.WelfarePlacementProcess.*;

/**
 * Placement cases in every state (profile demo), worked through the inbox as the agencies' demo
 * officers would: the yearly plan with the 14 专职委员 posts, then applications from submitted to
 * placed, refused, terminated and closed at expiry, so each inbox and monitor has something to show.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 5)
class WelfarePlacementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WelfarePlacementDemoData.class);
    /** HRSS's demo officer records what the employer and the public bring in. */
    private static final org.tongban.security.TongbanUser HRSS = PlacementDriver.officerOf("HRSS");

    private final WelfarePlacementService service;
    private final PlacementOperations operations;
    private final PlacementDriver driver;
    private final WelfarePostPlanRepository plans;
    private final WelfarePostRepository posts;
    private final WelfareApplicationRepository applications;
    private final PlacementParameters parameters;
    private final PeopleRegistry people;
    private final Organisation organisation;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WelfarePlacementDemoData(WelfarePlacementService service, PlacementOperations operations, PlacementDriver driver, WelfarePostPlanRepository plans,
            WelfarePostRepository posts, WelfareApplicationRepository applications, PlacementParameters parameters,
            PeopleRegistry people, Organisation organisation, RuntimeService runtime, ManagementService management,
            JdbcTemplate jdbc, Clock clock) {
        this.service = service;
        this.operations = operations;
        this.driver = driver;
        this.plans = plans;
        this.posts = posts;
        this.applications = applications;
        this.parameters = parameters;
        this.people = people;
        this.organisation = organisation;
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0 || applications.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        postPlan(today.getYear());
        service.startPostPlan(today.getYear() + 1, "cdpf.officer");
        Deque<Person> candidates = candidates(today);
        if (candidates.size() < 16) {
            log.warn("Only {} demo candidates for welfare placement; some states are left out", candidates.size());
        }
        int n = 0;
        // SUBMITTED
        n += apply(candidates) != null ? 1 : 0;
        n += apply(candidates) != null ? 1 : 0;
        // RETURNED, WITHDRAWN, NOT_ACCEPTED
        String c = apply(candidates);
        if (c != null) {
            driver.complete(c, TASK_CHECK_COMPLETENESS, Map.of("completeness", "INCOMPLETE", "missingItems", "就业创业证复印件；近期免冠照片1张"));
        }
        c = apply(candidates);
        if (c != null) {
            driver.complete(c, TASK_CHECK_COMPLETENESS, Map.of("completeness", "INCOMPLETE", "missingItems", "户口簿复印件"));
            fire(c, "BoundaryEvent_SupplementPeriodPassed");
        }
        c = apply(candidates);
        if (c != null) {
            driver.complete(c, TASK_CHECK_COMPLETENESS, Map.of("completeness", "OUT_OF_SCOPE"));
        }
        // IN_REVIEW: all four checks open; two answered
        c = accepted(candidates);
        c = accepted(candidates);
        if (c != null) {
            driver.complete(c, TASK_DIBAO, Map.of("dibao", true, "zeroEmploymentFamily", false, "dibaoSince", "2023-05"));
            driver.complete(c, TASK_BUSINESS, Map.of("businessOwner", false));
        }
        // REFUSED (not recognised as having difficulty finding work)
        c = accepted(candidates);
        if (c != null) {
            checks(c, false, false);
        }
        // matching, community assessment, public notice, objection, placement pending
        c = eligible(candidates);
        c = eligible(candidates);
        if (c != null) {
            driver.complete(c, TASK_MATCH, Map.of("postId", post(c), "matchNote", "居住地就近，岗位要求相符"));
        }
        c = onNotice(candidates);
        c = onNotice(candidates);
        if (c != null) {
            operations.recordObjection(HRSS, c, new PlacementReports.Objection(today, "群众来电反映申请人家庭有经营收入，请核实"));
        }
        c = onNotice(candidates);
        if (c != null) {
            fire(c, "Event_NoticePeriodEnded");
        }
        // IN_SERVICE: placed; a claim under review; a claim awaiting payment; the 低保 taper to start
        c = placed(candidates, false, today);
        c = placed(candidates, false, today);
        if (c != null) {
            fire(c, "Event_QuarterEnded");
            operations.recordFullPeriod(HRSS, c);
        }
        c = placed(candidates, false, today);
        if (c != null) {
            fire(c, "Event_QuarterEnded");
            operations.recordFullPeriod(HRSS, c);
            driver.complete(c, TASK_REVIEW_CLAIM, Map.of("claimApproved", true, "claimAmount", claimed(c),
                    "claimNote", "花名册、工资发放和社保缴费记录齐全"));
        }
        placed(candidates, true, today);
        // TERMINATED, and an exit awaiting confirmation
        c = placed(candidates, false, today);
        if (c != null) {
            operations.reportExit(HRSS, c, new PlacementReports.Exit("OTHER_JOB", today, "本人已在本市物流企业实现就业"));
            driver.complete(c, TASK_CONFIRM_EXIT, Map.of("exitReason", "OTHER_JOB", "exitNote", "已在本市物流企业实现就业"));
        }
        c = placed(candidates, false, today);
        if (c != null) {
            operations.reportExit(HRSS, c, new PlacementReports.Exit("LEFT_POST", today, "用人单位报告：本人连续多日未到岗"));
        }
        // At expiry (the claim periods of a whole term run through): exit with referral (CLOSED), and one to decide
        c = placed(candidates, false, today);
        if (c != null) {
            runTerm(c);
            driver.complete(c, TASK_DECIDE_AFTER_EXPIRY, Map.of("stillUnemployed", false, "expiryNote", "已达退休年龄，转介就业服务"));
        }
        c = placed(candidates, false, today);
        if (c != null) {
            runTerm(c);
        }
        log.info("Welfare placement demo: {} applications", applications.count());
    }

    private void postPlan(int year) {
        WelfarePostPlan plan = new WelfarePostPlan(year, "WP-%d-PLAN".formatted(year), LocalDateTime.now(clock));
        plan.fund(new BigDecimal("386400.00"));
        plan = plans.save(plan);
        for (var unit : organisation.ofKind(UnitKind.GRASSROOTS)) {
            posts.save(new WelfarePost(plan.getId(), "残疾人专职委员", unit.getNameZh() + "委员会", unit.getCode(),
                    new BigDecimal("2300.00")));
            posts.save(new WelfarePost(plan.getId(), "社区公共服务岗（保洁、巡查）", unit.getNameZh() + "委员会", unit.getCode(),
                    new BigDecimal("2270.00")));
        }
    }

    /** Unemployed card holders of working age, more than six years from retirement, in registry order. */
    private Deque<Person> candidates(LocalDate today) {
        PlacementRules rules = parameters.on(today);
        List<String> ids = jdbc.queryForList("select p.id_number from person p where p.employed = false and exists"
                + " (select 1 from disability_card c where c.person_id = p.id and c.status = 'VALID') order by p.id",
                String.class);
        Deque<Person> out = new ArrayDeque<>();
        for (String id : ids) {
            Person p = people.findByIdNumber(id).orElseThrow();
            RetirementGroup g = RetirementGroup.defaultFor(p.getGender());
            if (!rules.ofWorkingAge(p.getBirthDate(), g, today) || !applications.findByPersonIdOrderById(p.getId()).isEmpty()) {
                continue;
            }
            if (rules.retirementDate(p.getBirthDate(), g).isAfter(today.plusYears(6))) {
                out.add(p);
            }
            if (out.size() >= 30) {
                break;
            }
        }
        return out;
    }

    private String apply(Deque<Person> from) {
        Person p = from.poll();
        if (p == null) {
            return null;
        }
        ApplicationResult r = service.apply(PlacementDriver.officerOf(p.getGrassRootsUnit()), new NewApplication(
                p.getIdNumber(), "15250120%08d".formatted(p.getId()), p.getGrassRootsUnit(), null, null), null);
        if (!r.ok()) {
            throw new IllegalStateException("Demo application refused: " + r.fieldErrors());
        }
        return r.caseNumber();
    }

    private String accepted(Deque<Person> from) {
        String c = apply(from);
        if (c != null) {
            driver.complete(c, TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
        }
        return c;
    }

    private void checks(String c, boolean hardship, boolean dibao) {
        driver.complete(c, TASK_CHECK_CARD, Map.of("cardValid", true, "cardNote", "证件有效，与身份证一致"));
        driver.complete(c, TASK_HARDSHIP, Map.of("hardshipRecognised", hardship, "employed", false));
        driver.complete(c, TASK_DIBAO, Map.of("dibao", dibao, "zeroEmploymentFamily", false));
        driver.complete(c, TASK_BUSINESS, Map.of("businessOwner", false));
    }

    private String eligible(Deque<Person> from) {
        String c = accepted(from);
        if (c != null) {
            checks(c, true, false);
        }
        return c;
    }

    private String onNotice(Deque<Person> from) {
        String c = eligible(from);
        if (c != null) {
            driver.complete(c, TASK_MATCH, Map.of("postId", post(c), "matchNote", "居住地就近，岗位要求相符"));
            driver.complete(c, TASK_ASSESSMENT, Map.of("assessmentPassed", true, "assessmentNote", "居民代表评议一致通过"));
        }
        return c;
    }

    private String placed(Deque<Person> from, boolean dibao, LocalDate start) {
        String c = accepted(from);
        if (c == null) {
            return null;
        }
        checks(c, true, dibao);
        driver.complete(c, TASK_MATCH, Map.of("postId", post(c), "matchNote", "居住地就近，岗位要求相符"));
        driver.complete(c, TASK_ASSESSMENT, Map.of("assessmentPassed", true, "assessmentNote", "居民代表评议一致通过"));
        fire(c, "Event_NoticePeriodEnded");
        driver.complete(c, TASK_RECORD_PLACEMENT, Map.of("contractStart", start.toString(), "contractMonths", 36,
                "monthlyWage", 2300, "socialInsurance", true));
        return c;
    }

    private void runTerm(String c) {
        for (int q = 0; q < 16 && runtime.createProcessInstanceQuery().processInstanceBusinessKey(c).active()
                .count() > 0 && hasJob(c, "Event_QuarterEnded"); q++) {
            fire(c, "Event_QuarterEnded");
            operations.recordFullPeriod(HRSS, c);
            driver.complete(c, TASK_REVIEW_CLAIM, Map.of("claimApproved", true, "claimAmount", claimed(c), "claimNote", "材料齐全"));
            driver.complete(c, TASK_PAY_CLAIM, Map.of("paymentReference", "GK%s-%d".formatted(c.substring(3), q + 1)));
        }
    }

    private long post(String caseNumber) {
        String unit = applications.findByCaseNumber(caseNumber).orElseThrow().getGrassRootsUnit();
        List<WelfarePost> open = posts.findByStatusOrderById(WelfarePost.Status.OPEN);
        return open.stream().filter(p -> p.getGrassRootsUnit().equals(unit)).findFirst()
                .orElse(open.get(0)).getId();
    }

    /** The computed amount of the claim under review, which HRSS confirms. */
    private Object claimed(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        return runtime.getVariable(instance, "claimComputed");
    }

    private boolean hasJob(String caseNumber, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(activity).count() > 0;
    }

    private void fire(String caseNumber, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult()
                .getId());
    }
}
