package org.tongban.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free yearly sequences (table {@code yearly_counter}), one per key and year: case numbers,
 * document numbers. The increment runs in the caller's transaction and locks the counter row
 * until that transaction ends, so numbers are unique across nodes and a rolled-back caller
 * leaves no gap. The price is that callers of the same key queue behind each other.
 */
@Service
public class YearlyCounter {

    private static final String KEY = "[A-Za-z0-9_:./-]{1,96}";
    private static final String UPDATE =
            "update yearly_counter set last_value = last_value + 1 where counter_key = ? and counter_year = ?";

    private final JdbcTemplate jdbc;

    YearlyCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next value (1, 2, …) of the sequence {@code key} in {@code year}. Must be called inside
     * the transaction that uses the number: without one the number could be lost or doubled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String key, int year) {
        if (!key.matches(KEY)) {
            throw new IllegalArgumentException("Counter key must match " + KEY + ": " + key);
        }
        if (jdbc.update(UPDATE, key, year) == 0) {
            create(key, year);
            jdbc.update(UPDATE, key, year);
        }
        return jdbc.queryForObject("select last_value from yearly_counter where counter_key = ? and counter_year = ?",
                Long.class, key, year);
    }

    /**
     * Creates the year's counter at zero. Two first numbers of a year may race here; the loser's
     * insert is rolled back to a savepoint, which keeps its transaction usable on PostgreSQL.
     */
    private void create(String key, int year) {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update("insert into yearly_counter (counter_key, counter_year, last_value) values (?, ?, 0)",
                        key, year);
                connection.releaseSavepoint(savepoint);
            } catch (DuplicateKeyException raced) {
                connection.rollback(savepoint);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the counter " + key + "/" + year, e);
        }
    }
}
