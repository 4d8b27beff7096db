package org.tongban.placement;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-person placement count in {@code wp_person_placement}. {@link #raise} is one conditional
 * UPDATE: the database serialises concurrent raises on the row, and the loser re-reads the raised
 * count and its WHERE no longer holds. A check constraint keeps the count within 0–2 regardless.
 */
@Component
class PlacementCounter {

    record Count(int placements, LocalDate currentTermEnd) {
    }

    private final JdbcTemplate jdbc;

    PlacementCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the person's registry row until the caller's transaction ends, then creates their count
     * row at zero if missing. The lock only orders concurrent placements of one person (so the row
     * is inserted once); the conditional UPDATE of {@link #raise} is what keeps the cap.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAndEnsure(long personId) {
        jdbc.queryForObject("select id from person where id = ? for update", Long.class, personId);
        if (count(personId) == null) {
            jdbc.update("insert into wp_person_placement (person_id, placements, current_term_end) values (?, 0, null)",
                    personId);
        }
    }

    /**
     * Raises the count by one and sets the new term's end, only if the count is below the cap and
     * the previous term ended before {@code start}. Returns whether it did; joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean raise(long personId, int cap, LocalDate start, LocalDate termEnd) {
        return jdbc.update("update wp_person_placement set placements = placements + 1, current_term_end = ?"
                + " where person_id = ? and placements < ? and (current_term_end is null or current_term_end < ?)",
                termEnd, personId, cap, start) == 1;
    }

    /** The person's count, or null when they have never been considered for a placement. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Count count(long personId) {
        return jdbc.query("select placements, current_term_end from wp_person_placement where person_id = ?",
                rs -> rs.next() ? new Count(rs.getInt(1), rs.getObject(2, LocalDate.class)) : null, personId);
    }
}
