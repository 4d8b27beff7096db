package org.tongban.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementClaimRepository extends JpaRepository<PlacementClaim, Long> {

    List<PlacementClaim> findByPlacementIdOrderByPeriodStart(Long placementId);
}
