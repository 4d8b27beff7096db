package org.tongban.cases;

import java.time.Clock;
import java.time.Year;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next case number of a procedure for the current year. The counter row is
 * locked by the update until the caller's transaction ends, so numbers are unique across
 * nodes and a rolled-back case leaves no gap.
 */
@Service
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public String next(String prefix) {
        if (!prefix.matches("[A-Z]{2,8}")) {
            throw new IllegalArgumentException("Case number prefix must be 2–8 capital letters: " + prefix);
        }
        int year = Year.now(clock).getValue();
        return "%s-%d-%06d".formatted(prefix, year, increment(prefix, year));
    }

    private long increment(String prefix, int year) {
        String update = "update case_number_counter set last_value = last_value + 1 where prefix = ? and case_year = ?";
        if (jdbc.update(update, prefix, year) == 0) {
            createCounter(prefix, year);
            jdbc.update(update, prefix, year);
        }
        return jdbc.queryForObject("select last_value from case_number_counter where prefix = ? and case_year = ?",
                Long.class, prefix, year);
    }

    /**
     * Creates this year's counter at zero. Two first cases of a year may race here; the loser's
     * insert is rolled back to a savepoint, which keeps its transaction usable on PostgreSQL.
     */
    private void createCounter(String prefix, int year) {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update("insert into case_number_counter (prefix, case_year, last_value) values (?, ?, 0)",
                        prefix, year);
                connection.releaseSavepoint(savepoint);
            } catch (DuplicateKeyException raced) {
                connection.rollback(savepoint);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the case number counter", e);
        }
    }
}
