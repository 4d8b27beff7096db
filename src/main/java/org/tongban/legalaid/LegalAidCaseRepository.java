package org.tongban.legalaid;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalAidCaseRepository extends JpaRepository<LegalAidCase, Long> {

    Optional<LegalAidCase> findByCaseNumber(String caseNumber);

    Optional<LegalAidCase> findByIdempotencyKey(String idempotencyKey);

    long countByStatus(LegalAidStatus status);
}
