package org.tongban.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WelfareApplicationRepository extends JpaRepository<WelfareApplication, Long> {

    Optional<WelfareApplication> findByCaseNumber(String caseNumber);

    Optional<WelfareApplication> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

    List<WelfareApplication> findByPersonIdOrderById(Long personId);

    List<WelfareApplication> findTop200ByStatusInOrderByIdDesc(java.util.Collection<ApplicationStatus> statuses);
}
