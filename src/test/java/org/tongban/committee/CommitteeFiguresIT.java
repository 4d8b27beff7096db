package org.tongban.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;

/** The figures of {@link CommitteeFiguresTest} again, with PostgreSQL's own percentile_cont. */
@PostgresTest
class CommitteeFiguresIT {

    private static final double H = 3600;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeQueries queries;

    @Test
    void postgresql_gives_the_same_league_hand_offs_and_heatmap_as_the_constructed_history_demands() {
        ConstructedHistory history = ConstructedHistory.relay(repository, runtime, tasks, jdbc);
        Scope march = new Scope(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(history.processKey));

        List<AgencyFigures> league = queries.league(CommitteeFiguresTest.COMMITTEE, march);
        assertThat(league).extracting(AgencyFigures::agency).containsExactly("CDPF", "CIVIL");
        assertThat(league).extracting(AgencyFigures::handled).containsExactly(6L, 3L);
        assertThat(league.get(0).waitingP50()).isEqualTo(2.5 * H);
        assertThat(league.get(0).waitingP90()).isEqualTo(3.5 * H);
        assertThat(league.get(1).waitingP90()).isCloseTo(5.6 * H, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(league.get(1).workingP90()).isCloseTo(2.6 * H, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(league).extracting(AgencyFigures::onTime).containsExactly(4L, 2L);
        assertThat(league).extracting(AgencyFigures::supervisions).containsExactly(0L, 1L);
        List<Handoff> handoffs = queries.handoffs(CommitteeFiguresTest.COMMITTEE, march);
        assertThat(handoffs).extracting(Handoff::fromAgency, Handoff::toAgency, Handoff::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CDPF", "CIVIL", 3L),
                        org.assertj.core.groups.Tuple.tuple("CIVIL", "CDPF", 2L));
        assertThat(handoffs.get(1).waitP90()).isCloseTo(2.8 * H, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(queries.activities(CommitteeFiguresTest.COMMITTEE, march, history.processKey))
                .extracting(ActivityFigures::taskKey, ActivityFigures::completed, ActivityFigures::queue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConstructedHistory.ASSESS, 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple(ConstructedHistory.DECIDE, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(ConstructedHistory.INTAKE, 4L, 0L));
        assertThat(queries.cases(CommitteeFiguresTest.COMMITTEE, march, new Drill.Late("CDPF"))).containsExactly("CTR-C", "CTR-D");
    }
}
