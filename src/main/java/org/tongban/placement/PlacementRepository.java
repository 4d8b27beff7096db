package org.tongban.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    Optional<Placement> findByApplicationId(Long applicationId);

    List<Placement> findByPersonIdOrderByOrdinal(Long personId);
}
