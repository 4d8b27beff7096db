package org.tongban.quotareview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Valid cards of working-age people of the synthetic demo registry who are not employed (the
 * demo declarations use employed ones), each handed out once per JVM, so tests never register
 * people (the registry keeps the city's 773) and never count one person twice by accident.
 */
public final class DemoCards {

    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    private DemoCards() {
    }

    /** A card of that category with one of the grades, not handed out before. */
    public static synchronized String next(JdbcTemplate jdbc, int category, int... grades) {
        int year = LocalDate.now().getYear();
        StringBuilder in = new StringBuilder();
        for (int g : grades) {
            in.append(in.isEmpty() ? "" : ",").append(g);
        }
        List<String> cards = jdbc.queryForList("select c.card_number from disability_card c join person p on p.id = c.person_id "
                + "where c.status = 'VALID' and p.employed = false and c.category = ? and c.grade in (" + in + ") "
                + "and p.birth_date between ? and ? order by c.id desc", String.class, category,
                LocalDate.of(year - 50, 1, 1), LocalDate.of(year - 22, 1, 1));
        for (String card : cards) {
            if (USED.add(card)) {
                return card;
            }
        }
        throw new IllegalStateException("No more demo cards of category " + category);
    }
}
