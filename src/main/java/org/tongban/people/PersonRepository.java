package org.tongban.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByIdNumber(String idNumber);

    @Query("select count(c) from DisabilityCard c where c.status = org.tongban.people.CardStatus.VALID")
    long countValidCards();

    @Query("select count(c) from DisabilityCard c where c.status = org.tongban.people.CardStatus.VALID and c.grade <= 2")
    long countValidSevereCards();
}
