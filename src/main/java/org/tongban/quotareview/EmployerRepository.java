package org.tongban.quotareview;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    Optional<Employer> findByCreditCode(String creditCode);

    @Query("select e.id from Employer e order by e.id")
    List<Long> allIds();
}
