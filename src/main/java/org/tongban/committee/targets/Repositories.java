package org.tongban.committee.targets;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The repositories of plan targets, package-private. */
final class Repositories {

    private Repositories() {
    }
}

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {
    List<PlanTarget> findAllByOrderBySortOrderAscPeriodFromAsc();
}

interface EnteredFigureRepository extends JpaRepository<EnteredFigure, Long> {
    List<EnteredFigure> findByTargetCodeOrderByIdAsc(String targetCode);
}
