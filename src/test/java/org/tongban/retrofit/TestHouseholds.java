package org.tongban.retrofit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.PersonRegistration;

/** Synthetic registry people (region 152530, sequence 9xx) and applications for the Spring tests. */
final class TestHouseholds {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestHouseholds() {
    }

    /** A fresh, valid ID number born on {@code birth} (a different one on every call). */
    static String idNumber(LocalDate birth) {
        int n = NEXT.incrementAndGet();
        String first17 = "152530" + birth.plusDays(n / 90).toString().replace("-", "") + (900 + n % 90);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** Registers a person; {@code grade} null: no card; the category is 肢体 (4). */
    static String person(PeopleRegistry registry, String name, LocalDate birth, Integer grade) {
        String id = idNumber(birth);
        registry.register(new PersonRegistration(name, "M", id, "COMMUNITY-03", false, false,
                grade == null ? null : id + "4" + grade, grade == null ? null : LocalDate.of(2020, 5, 1)));
        return id;
    }

    static NewApplication application(String headId, List<NewApplication.Member> members, boolean elderlyCarer) {
        return new NewApplication(headId, members, "COMMUNITY-03", "二连浩特市某社区 3 号楼 2 单元 101", "DIBAO",
                elderlyCarer, false, "OWNED", false, true, Channel.GRASS_ROOTS, "卫生间无扶手，轮椅无法进出家门");
    }
}
