package org.tongban.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

    List<OrgUnit> findAllByOrderBySortOrder();

    List<OrgUnit> findByKindOrderBySortOrder(UnitKind kind);
}
