package org.tongban.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the dated time limits of user tasks (table {@code sla_policy}). */
@Service
public class SlaPolicies {

    private static final String COLUMNS = "id, process_key, task_key, limit_amount, limit_unit, statutory, party,"
            + " anchor_variable, pauses_clock, reference, mark, valid_from, valid_to ";

    private final JdbcTemplate jdbc;
    private final SlaSettings settings;

    SlaPolicies(JdbcTemplate jdbc, SlaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The policy of that task valid on that day, if any. */
    public Optional<SlaPolicy> find(String processKey, String taskKey, LocalDate on) {
        return jdbc.query("select " + COLUMNS + """
                 from sla_policy where process_key = ? and task_key = ? and valid_from <= ?
                  and (valid_to is null or valid_to >= ?) order by valid_from desc""",
                SlaPolicies::policy, processKey, taskKey, on, on).stream().findFirst();
    }

    /** The policy for a task with no row: the configured default, marked DEFAULT and not statutory. */
    SlaPolicy fallback(String processKey, String taskKey) {
        return new SlaPolicy(null, processKey, taskKey, settings.defaultLimitWorkingDays(), LimitUnit.WORKING_DAYS,
                false, SlaPolicy.AGENCY, null, false, "tongban.sla.default-limit-working-days", "DEFAULT", null, null);
    }

    /** Every policy row, for the administrator's list and the model test. */
    public List<SlaPolicy> all() {
        return jdbc.query("select " + COLUMNS + " from sla_policy order by process_key, task_key, valid_from",
                SlaPolicies::policy);
    }

    private static SlaPolicy policy(ResultSet rs, int row) throws SQLException {
        return new SlaPolicy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                LimitUnit.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class));
    }
}
