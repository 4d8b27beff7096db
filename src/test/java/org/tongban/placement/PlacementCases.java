package org.tongban.placement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.organisation.Role;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.security.TongbanUser;

/**
 * Placement cases brought to a given point through the inbox, for the tests of what officers
 * record on them, from the beans of the shared Spring test context.
 */
public final class PlacementCases {

    public static final TongbanUser HRSS = PlacementDriver.officerOf("HRSS");
    static final TongbanUser COMMUNITY = new TongbanUser("community01", "郭玉兰", "COMMUNITY-01", EnumSet.of(Role.OFFICER));

    private final WelfarePlacementService service;
    private final PlacementDriver driver;
    private final PeopleRegistry people;
    private final JdbcTemplate jdbc;
    private final WelfarePostRepository posts;
    private final WelfarePostPlanRepository plans;
    private final RuntimeService runtime;
    private final ManagementService management;

    public PlacementCases(ApplicationContext context) {
        this.service = context.getBean(WelfarePlacementService.class);
        this.driver = context.getBean(PlacementDriver.class);
        this.people = context.getBean(PeopleRegistry.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.posts = context.getBean(WelfarePostRepository.class);
        this.plans = context.getBean(WelfarePostPlanRepository.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** A case accepted and found eligible, waiting for HRSS to match a post. */
    public String toMatch() {
        Person person = TestPeople.woman(jdbc, people);
        ApplicationResult result = service.apply(COMMUNITY, new NewApplication(person.getIdNumber(), "1525010012345678",
                "COMMUNITY-01", "13904790000", null), null);
        String c = result.caseNumber();
        driver.complete(c, WelfarePlacementProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
        driver.complete(c, WelfarePlacementProcess.TASK_CHECK_CARD, Map.of("cardValid", true));
        driver.complete(c, WelfarePlacementProcess.TASK_HARDSHIP, Map.of("hardshipRecognised", true, "employed", false));
        driver.complete(c, WelfarePlacementProcess.TASK_DIBAO, Map.of("dibao", false, "zeroEmploymentFamily", false));
        driver.complete(c, WelfarePlacementProcess.TASK_BUSINESS, Map.of("businessOwner", false));
        return c;
    }

    /** A new open post of this year's funded plan. */
    public long openPost() {
        return PlacementFlowTest.post(posts, plans);
    }

    /** A case on 公示. */
    public String onNotice() {
        String c = toMatch();
        driver.complete(c, WelfarePlacementProcess.TASK_MATCH, Map.of("postId", openPost(), "matchNote", "就近安排"));
        driver.complete(c, WelfarePlacementProcess.TASK_ASSESSMENT, Map.of("assessmentPassed", true,
                "assessmentNote", "居民代表一致同意"));
        return c;
    }

    /** A case placed today, in its first claim period. */
    public String inService() {
        String c = onNotice();
        fire(c, "Event_NoticePeriodEnded");
        driver.complete(c, WelfarePlacementProcess.TASK_RECORD_PLACEMENT, Map.of("contractStart",
                LocalDate.now().toString(), "contractMonths", 12, "monthlyWage", 2300, "socialInsurance", true));
        return c;
    }

    /** A case placed today whose first quarter has ended: its claim is awaited. */
    public String claimDue() {
        String c = inService();
        fire(c, "Event_QuarterEnded");
        return c;
    }

    /** Runs the case's timer at this activity (the clock is not moved: the step is what is tested). */
    public void fire(String caseNumber, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult()
                .getId());
    }

    public Object variable(String caseNumber, String name) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        return runtime.getVariable(instance, name);
    }
}
