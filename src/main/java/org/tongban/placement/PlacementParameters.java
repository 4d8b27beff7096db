package org.tongban.placement;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the dated parameters valid on a case's reference date. */
@Component
class PlacementParameters {

    private final PlacementParameterRepository rows;

    PlacementParameters(PlacementParameterRepository rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    PlacementRules on(LocalDate referenceDate) {
        return PlacementRules.of(referenceDate, rows.findAll());
    }
}
