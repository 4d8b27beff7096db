package org.tongban.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation units; the rows themselves are reference data owned by Flyway. */
@Service
@Transactional(readOnly = true)
public class Organisation {

    private final OrgUnitRepository units;

    Organisation(OrgUnitRepository units) {
        this.units = units;
    }

    public List<OrgUnit> all() {
        return units.findAllByOrderBySortOrder();
    }

    public List<OrgUnit> ofKind(UnitKind kind) {
        return units.findByKindOrderBySortOrder(kind);
    }

    public Optional<OrgUnit> find(String code) {
        return units.findById(code);
    }

    /** The unit with this code; a missing code is a programming or configuration error. */
    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown organisation unit " + code));
    }
}
