package org.tongban.retrofit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Heads and members for the Spring tests, taken from the synthetic demo registry (which must stay
 * at the city's 773 people): each call hands out a person not yet in any household.
 */
public final class TestHouseholds {

    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private TestHouseholds() {
    }

    /** A registry person of working age (16–59) whose best valid card has exactly this grade. */
    public static String person(JdbcTemplate jdbc, int grade) {
        return person(jdbc, grade, LocalDate.now().minusYears(59), LocalDate.now().minusYears(16));
    }

    /**
     * A registry person born in the range whose best valid card has exactly this grade, with a
     * physical disability (so ramps, grab bars and kitchen works serve the household).
     */
    public static synchronized String person(JdbcTemplate jdbc, int grade, LocalDate bornFrom, LocalDate bornTo) {
        List<String> ids = jdbc.queryForList("select p.id_number from person p join disability_card c on c.person_id = p.id"
                + " where c.status = 'VALID' and p.birth_date between ? and ?"
                + " and p.id not in (select m.person_id from ar_member m)"
                + " and exists (select 1 from disability_card k where k.person_id = p.id and k.status = 'VALID'"
                + " and k.category = 4)"
                + " group by p.id, p.id_number having min(c.grade) = ? order by p.id", String.class, bornFrom, bornTo, grade);
        return ids.stream().filter(HANDED_OUT::add).findFirst()
                .orElseThrow(() -> new IllegalStateException("No registry person left with grade " + grade));
    }

    static NewApplication application(String headId, List<NewApplication.Member> members, boolean elderlyCarer) {
        return new NewApplication(headId, members, "COMMUNITY-03", "二连浩特市某社区 3 号楼 2 单元 101", "DIBAO",
                elderlyCarer, false, "OWNED", false, true, Channel.GRASS_ROOTS, "卫生间无扶手，轮椅无法进出家门");
    }
}
