package org.tongban.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;
import org.tongban.committee.Procedures.Procedure;
import org.tongban.security.TongbanUser;

/**
 * Everything the committee page shows for a scope, read once: the page, the report and the CSV
 * export take the same object, so their numbers are the same.
 */
@Service
public class CommitteeFigures {

    /** The figures of one scope as of {@code now}. */
    public record Snapshot(Scope scope, Instant now, List<AgencyFigures> league, List<Handoff> handoffs,
            Map<Procedure, List<ActivityFigures>> activities) {
    }

    private final CommitteeQueries queries;
    private final Procedures procedures;

    CommitteeFigures(CommitteeQueries queries, Procedures procedures) {
        this.queries = queries;
        this.procedures = procedures;
    }

    public Snapshot read(TongbanUser user, Scope scope) {
        CommitteeAccess.require(user);
        Map<Procedure, List<ActivityFigures>> activities = new LinkedHashMap<>();
        for (Procedure procedure : procedures.all()) {
            if (scope.processKeys().contains(procedure.key())) {
                activities.put(procedure, queries.activities(user, scope, procedure.key()));
            }
        }
        return new Snapshot(scope, ClockUtil.getCurrentTime().toInstant(), queries.league(user, scope),
                queries.handoffs(user, scope), activities);
    }

    /** The procedures a scope can choose from. */
    public List<Procedure> procedures() {
        return new ArrayList<>(procedures.all());
    }
}
