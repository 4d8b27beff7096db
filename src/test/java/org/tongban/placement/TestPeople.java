package org.tongban.placement;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;

/**
 * Picks people of the demo registry for tests, so that the registry keeps its 773 (other tests
 * count them): unemployed card holders of that gender, born in that range, never considered for a
 * placement, from the end of the registry (the demo cases take theirs from the start).
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** A person no placement case or count has touched yet; the caller files a case for them at once. */
    public static Person unused(JdbcTemplate jdbc, PeopleRegistry people, String gender, LocalDate bornFrom, LocalDate bornTo) {
        String id = jdbc.queryForObject("select p.id_number from person p where p.employed = false and p.gender = ?"
                + " and p.birth_date between ? and ?"
                + " and exists (select 1 from disability_card c where c.person_id = p.id and c.status = 'VALID')"
                + " and not exists (select 1 from wp_application a where a.person_id = p.id)"
                + " and not exists (select 1 from wp_person_placement n where n.person_id = p.id)"
                + " order by p.id desc fetch first 1 rows only", String.class, gender, bornFrom, bornTo);
        return people.findByIdNumber(id).orElseThrow();
    }

    /** A man aged about 26 to 50: a three-year term, far from retirement. */
    public static Person man(JdbcTemplate jdbc, PeopleRegistry people) {
        return unused(jdbc, people, "M", LocalDate.now().minusYears(50), LocalDate.now().minusYears(26));
    }

    /** A woman aged about 20 to 38 (women workers retire from 50). */
    public static Person woman(JdbcTemplate jdbc, PeopleRegistry people) {
        return unused(jdbc, people, "F", LocalDate.now().minusYears(38), LocalDate.now().minusYears(20));
    }
}
