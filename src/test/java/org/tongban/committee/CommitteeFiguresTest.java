package org.tongban.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Every figure over a constructed history of known durations (hours):
 *
 * <pre>
 * case   受理 CDPF (4 h)   评估 CIVIL (8 h)       决定 CDPF (4 h)
 *        wait work         wait work              wait work
 * A      1    2            2    1                 3    1
 * B      2    2            4    1                 1    1
 * C      3    2 (late)     6    3 (late)          open, not taken up
 * D      4    2 (late)     open, 督办 received
 * </pre>
 */
@TongbanTest
class CommitteeFiguresTest {

    static final TongbanUser COMMITTEE = new TongbanUser("committee", "彭立新", "COMMITTEE", Set.of(Role.COMMITTEE));
    private static final double H = 3600;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeQueries queries;

    ConstructedHistory history;
    Scope march;

    @BeforeEach
    void construct() {
        history = ConstructedHistory.relay(repository, runtime, tasks, jdbc);
        march = new Scope(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(history.processKey));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void the_league_table_charges_each_agency_its_own_waiting_and_working_with_interpolated_percentiles() {
        List<AgencyFigures> league = queries.league(COMMITTEE, march);

        assertThat(league).extracting(AgencyFigures::agency).containsExactly("CDPF", "CIVIL");
        AgencyFigures cdpf = league.get(0);
        // CDPF waited 1, 2, 3, 4 (受理) and 3, 1 (决定) hours: sorted 1 1 2 3 3 4.
        assertThat(cdpf.handled()).isEqualTo(6);
        assertThat(cdpf.waitingP50()).isEqualTo(2.5 * H);
        assertThat(cdpf.waitingP90()).isEqualTo(3.5 * H);
        assertThat(cdpf.workingP50()).isEqualTo(2 * H);
        assertThat(cdpf.workingP90()).isEqualTo(2 * H);
        // 受理 done after 3, 4, 5, 6 hours against 4; 决定 after 4 and 2 against 4: exactly on time counts.
        assertThat(cdpf.onTime()).isEqualTo(4);
        assertThat(cdpf.withDue()).isEqualTo(6);
        assertThat(cdpf.backlog()).isEqualTo(1);
        assertThat(cdpf.oldestOpen()).isEqualTo(at("2026-03-04T23:00"));
        assertThat(cdpf.supervisions()).isZero();

        AgencyFigures civil = league.get(1);
        assertThat(civil.handled()).isEqualTo(3);
        assertThat(civil.waitingP50()).isEqualTo(4 * H);
        assertThat(civil.waitingP90()).isEqualTo(5.6 * H, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(civil.workingP50()).isEqualTo(1 * H);
        assertThat(civil.workingP90()).isEqualTo(2.6 * H, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(civil.onTime()).isEqualTo(2);
        assertThat(civil.onTimeRate()).isEqualTo(2.0 / 3);
        assertThat(civil.backlog()).isEqualTo(1);
        assertThat(civil.oldestOpen()).isEqualTo(at("2026-03-05T15:00"));
        assertThat(civil.supervisions()).isEqualTo(1);
    }

    @Test
    void hand_offs_count_cases_taken_up_by_the_next_agency_with_the_wait_in_between_slowest_first() {
        assertThat(queries.handoffs(COMMITTEE, march)).containsExactly(
                new Handoff("CDPF", "CIVIL", 3, 4 * H, 5.6 * H),
                new Handoff("CIVIL", "CDPF", 2, 2 * H, 2.8 * H));
    }

    @Test
    void the_heatmap_gives_each_activity_its_waiting_and_current_queue() {
        assertThat(queries.activities(COMMITTEE, march, history.processKey)).containsExactly(
                new ActivityFigures(history.processKey, ConstructedHistory.ASSESS, 3, 4 * H, 5.6 * H, 1),
                new ActivityFigures(history.processKey, ConstructedHistory.DECIDE, 2, 2 * H, 2.8 * H, 1),
                new ActivityFigures(history.processKey, ConstructedHistory.INTAKE, 4, 2.5 * H, 3.7 * H, 0));
    }

    @Test
    void every_figure_opens_to_the_case_numbers_behind_it() {
        assertThat(queries.cases(COMMITTEE, march, new Drill.Handled("CDPF"))).containsExactly("CTR-A", "CTR-B", "CTR-C", "CTR-D");
        assertThat(queries.cases(COMMITTEE, march, new Drill.Late("CDPF"))).containsExactly("CTR-C", "CTR-D");
        assertThat(queries.cases(COMMITTEE, march, new Drill.Late("CIVIL"))).containsExactly("CTR-C");
        assertThat(queries.cases(COMMITTEE, march, new Drill.Backlog("CIVIL"))).containsExactly("CTR-D");
        assertThat(queries.cases(COMMITTEE, march, new Drill.Supervised("CIVIL"))).containsExactly("CTR-D");
        assertThat(queries.cases(COMMITTEE, march, new Drill.HandedOver("CDPF", "CIVIL"))).containsExactly("CTR-A", "CTR-B", "CTR-C");
        assertThat(queries.cases(COMMITTEE, march, new Drill.HandedOver("CIVIL", "CDPF"))).containsExactly("CTR-A", "CTR-B");
        assertThat(queries.cases(COMMITTEE, march, new Drill.ActivityDone(history.processKey, ConstructedHistory.ASSESS)))
                .containsExactly("CTR-A", "CTR-B", "CTR-C");
        assertThat(queries.cases(COMMITTEE, march, new Drill.ActivityQueue(history.processKey, ConstructedHistory.DECIDE)))
                .containsExactly("CTR-C");
    }

    @Test
    void a_period_before_the_history_shows_no_completed_work_but_the_backlog_of_today() {
        Scope february = new Scope(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), List.of(history.processKey));
        List<AgencyFigures> league = queries.league(COMMITTEE, february);
        assertThat(league).extracting(AgencyFigures::handled).containsExactly(0L, 0L);
        assertThat(league).extracting(AgencyFigures::backlog).containsExactly(1L, 1L);
        assertThat(league.get(0).waitingP50()).isNull();
        assertThat(queries.handoffs(COMMITTEE, february)).isEmpty();
    }

    @Test
    void officers_get_no_figures() {
        TongbanUser officer = new TongbanUser("cdpf.officer", "officer", "CDPF", Set.of(Role.OFFICER));
        assertThatThrownBy(() -> queries.league(officer, march)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> queries.cases(officer, march, new Drill.Backlog("CDPF"))).isInstanceOf(SecurityException.class);
    }

    static java.time.Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(TaskFacts.ZONE).toInstant();
    }

}
