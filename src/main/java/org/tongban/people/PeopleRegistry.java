package org.tongban.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and finds disabled persons; the rules of common.md §5 hold for every card stored. */
@Service
@Transactional
public class PeopleRegistry {

    private final PersonRepository persons;
    private final Clock clock;

    PeopleRegistry(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * Stores a person and, if given, their card. The ID number must carry a valid check
     * character and, with a card, equal the card's first 18 characters.
     *
     * @throws IllegalArgumentException for data that breaks a registry rule (callers validate input first)
     */
    public Person register(PersonRegistration r) {
        String id = CertificateNumber.normalise(r.idNumber());
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)
                || !IdNumbers.hasValidCheckCharacter(id)) {
            throw new IllegalArgumentException("Invalid ID number for " + r.name().length() + "-character name");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate birth = LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        Person person = new Person(r.name(), r.gender(), birth, id, r.grassRootsUnit(), r.rural(), r.employed(),
                LocalDateTime.now(clock));
        if (r.certificateNumber() != null) {
            CertificateNumber.Result card = CertificateNumber.parse(r.certificateNumber(), today);
            if (!card.valid() || !card.number().idNumber().equals(id)) {
                throw new IllegalArgumentException("Certificate number does not validate or belong to the person: "
                        + (card.valid() ? "belongs to another ID" : card.problem()));
            }
            person.addCard(new DisabilityCard(person, card.number(), r.cardIssuedOn(), null));
        }
        return persons.save(person);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByIdNumber(String idNumber) {
        return persons.findByIdNumber(CertificateNumber.normalise(idNumber));
    }

    /** The person with this internal id (the only id logs and process variables carry). */
    @Transactional(readOnly = true)
    public Optional<Person> findById(long id) {
        return persons.findById(id);
    }

    @Transactional(readOnly = true)
    public long countPersons() {
        return persons.count();
    }

    @Transactional(readOnly = true)
    public long countValidCards() {
        return persons.countValidCards();
    }

    @Transactional(readOnly = true)
    public long countValidSevereCards() {
        return persons.countValidSevereCards();
    }
}
