package org.tongban.committee.targets;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The target rows, and which one of a code is in force in a year. The rows change only by a
 * migration (a restart), so they are read once.
 */
@Component
class TargetCatalogue {

    private final PlanTargetRepository targets;
    private volatile List<PlanTarget> rows;

    TargetCatalogue(PlanTargetRepository targets) {
        this.targets = targets;
    }

    List<PlanTarget> all() {
        List<PlanTarget> read = rows;
        if (read == null) {
            read = List.copyOf(targets.findAllByOrderBySortOrderAscPeriodFromAsc());
            rows = read;
        }
        return read;
    }

    Optional<PlanTarget> inForce(String code, int year) {
        return all().stream().filter(t -> t.getCode().equals(code) && t.appliesTo(year)).findFirst();
    }

    /** The targets in force in a year, in the plan's order. */
    List<PlanTarget> inForce(int year) {
        return all().stream().filter(t -> t.appliesTo(year)).toList();
    }

    /** The first year any row of the code applies to: where its trend starts. */
    int firstYear(String code) {
        return all().stream().filter(t -> t.getCode().equals(code)).mapToInt(PlanTarget::getPeriodFrom).min().orElseThrow();
    }
}
