package org.tongban.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementParameterRepository extends JpaRepository<PlacementParameter, Long> {
}
