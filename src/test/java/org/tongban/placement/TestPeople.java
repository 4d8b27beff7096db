package org.tongban.placement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.people.PersonRegistration;

/** Registers test people under region 152531, apart from the demo registry's 152501. */
public final class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestPeople() {
    }

    public static String idNumber(LocalDate birth) {
        String first17 = "152531" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** A person with a valid 肢体 card of this grade, living in COMMUNITY-01. */
    public static Person register(PeopleRegistry registry, String name, String gender, LocalDate birth, int grade) {
        String id = idNumber(birth);
        return registry.register(new PersonRegistration(name, gender, id, "COMMUNITY-01", false, false,
                id + "4" + grade, LocalDate.of(2020, 5, 1)));
    }
}
