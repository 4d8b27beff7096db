package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.sla.Notifications;

/**
 * The missing-claim reminder and the expiry warning reach HRSS's officers in the bell, once each
 * however often their timer fires; matching takes only an open post of this year's plan.
 */
@org.tongban.TongbanTest
class PlacementRemindersAndPostsTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Notifications notifications;
    @Autowired PlacementDriver driver;
    @Autowired WelfarePostRepository posts;
    @Autowired WelfareApplicationRepository applications;
    PlacementCases cases;

    @BeforeEach
    void setUp() {
        cases = new PlacementCases(context);
    }

    @Test
    void a_missing_claim_reminds_hrss_officers_once_for_the_quarter_however_often_the_reminder_fires() {
        String c = cases.claimDue();
        cases.fire(c, "Event_ClaimOverdue");
        cases.fire(c, "Event_ClaimOverdue");

        assertThat(notices("hrss.officer", c, "WP_CLAIM_MISSING")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select message_key from notification where recipient = 'hrss.officer'"
                + " and case_number = ? and topic = 'WP_CLAIM_MISSING'", String.class, c))
                .isEqualTo("placement.notification.claimMissing");
        assertThat(notices("cdpf.officer", c, "WP_CLAIM_MISSING")).as("HRSS records claims, CDPF is not told").isZero();
        assertThat(notifications.latest("hrss.officer", 50)).anyMatch(n -> c.equals(n.caseNumber())
                && "1".equals(n.argument()));
    }

    @Test
    void the_expiry_warning_reaches_hrss_once_even_when_sent_again() {
        String c = cases.inService();
        cases.fire(c, "BoundaryEvent_ExpiryWarning");
        String termEnd = jdbc.queryForObject("select argument from notification where recipient = 'hrss.officer'"
                + " and case_number = ? and topic = 'WP_TERM_EXPIRING'", String.class, c);

        assertThat(notifications.tellAgencyOnce("HRSS", "WP_TERM_EXPIRING", c, "placement.notification.termExpiring",
                termEnd)).as("a second firing tells nobody").isEmpty();
        assertThat(notices("hrss.officer", c, "WP_TERM_EXPIRING")).isEqualTo(1);
    }

    @Test
    void a_post_already_filled_is_refused_with_the_rule_and_an_open_one_is_reserved() {
        String first = cases.inService();
        long filled = applications.findByCaseNumber(first).orElseThrow().getPostId();
        assertThat(posts.findById(filled).orElseThrow().getStatus()).isEqualTo(WelfarePost.Status.FILLED);

        String c = cases.toMatch();
        assertThatThrownBy(() -> driver.complete(c, WelfarePlacementProcess.TASK_MATCH,
                Map.of("postId", filled, "matchNote", "就近安排"))).hasMessageContaining("placement.match.postNotOpen");
        assertThat(applications.findByCaseNumber(c).orElseThrow().getPostId()).as("nothing written").isNull();

        long open = cases.openPost();
        driver.complete(c, WelfarePlacementProcess.TASK_MATCH, Map.of("postId", open, "matchNote", "就近安排"));
        assertThat(posts.findById(open).orElseThrow().getStatus()).isEqualTo(WelfarePost.Status.MATCHED);
        assertThat(applications.findByCaseNumber(c).orElseThrow().getPostId()).isEqualTo(open);
    }

    @Test
    void a_failed_community_assessment_releases_the_post_when_another_is_chosen() {
        String c = cases.toMatch();
        long first = cases.openPost();
        driver.complete(c, WelfarePlacementProcess.TASK_MATCH, Map.of("postId", first, "matchNote", "就近安排"));
        driver.complete(c, WelfarePlacementProcess.TASK_ASSESSMENT, Map.of("assessmentPassed", false,
                "assessmentNote", "岗位要求与本人情况不符"));
        long second = cases.openPost();
        driver.complete(c, WelfarePlacementProcess.TASK_MATCH, Map.of("postId", second, "matchNote", "改配保洁岗"));

        assertThat(posts.findById(first).orElseThrow().getStatus()).isEqualTo(WelfarePost.Status.OPEN);
        assertThat(posts.findById(second).orElseThrow().getStatus()).isEqualTo(WelfarePost.Status.MATCHED);
    }

    private int notices(String user, String caseNumber, String topic) {
        Integer n = jdbc.queryForObject("select count(*) from notification where recipient = ? and case_number = ? and topic = ?",
                Integer.class, user, caseNumber, topic);
        return n == null ? 0 : n;
    }
}
