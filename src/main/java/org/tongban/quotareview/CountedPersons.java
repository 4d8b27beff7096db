package org.tongban.quotareview;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The claims "this person is counted by this review" of a year. The primary key
 * (review_year, person_key) makes a second claim fail in the database, whatever the timing.
 */
@Repository
class CountedPersons {

    private final JdbcTemplate jdbc;

    CountedPersons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The review counting the person this year, if any. */
    Optional<Long> holder(int year, String personKey) {
        return jdbc.query("select review_id from qr_counted_person where review_year = ? and person_key = ?",
                (rs, n) -> rs.getLong(1), year, personKey).stream().findFirst();
    }

    /** Inserts the claim; a concurrent or earlier claim by another review makes this throw DuplicateKeyException. */
    void claim(int year, String personKey, long reviewId) {
        jdbc.update("insert into qr_counted_person (review_year, person_key, review_id) values (?, ?, ?)",
                year, personKey, reviewId);
    }

    void releaseAll(long reviewId) {
        jdbc.update("delete from qr_counted_person where review_id = ?", reviewId);
    }

    void release(long reviewId, String personKey) {
        jdbc.update("delete from qr_counted_person where review_id = ? and person_key = ?", reviewId, personKey);
    }
}
