package org.tongban.placement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WelfarePostPlanRepository extends JpaRepository<WelfarePostPlan, Long> {

    Optional<WelfarePostPlan> findByCaseNumber(String caseNumber);

    Optional<WelfarePostPlan> findByPlanYear(int planYear);
}
