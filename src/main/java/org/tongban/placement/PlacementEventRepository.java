package org.tongban.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementEventRepository extends JpaRepository<PlacementEvent, Long> {

    List<PlacementEvent> findByApplicationIdOrderById(Long applicationId);

    boolean existsByApplicationIdAndKindAndPeriodYear(Long applicationId, PlacementEvent.Kind kind, Integer periodYear);
}
