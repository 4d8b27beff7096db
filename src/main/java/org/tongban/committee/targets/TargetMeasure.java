package org.tongban.committee.targets;

import java.util.Optional;

/**
 * A procedure's own measure of one plan target, implemented inside the procedure package (this
 * platform package never imports procedures). Aggregates and case numbers only; the caller
 * ({@link PlanTargets}) checks who may read.
 */
public interface TargetMeasure {

    /** The target's code, a row of {@code pt_target}, e.g. {@code REHAB_BASIC_SERVICE}. */
    String targetCode();

    /** The process id of the procedure whose cases are counted, e.g. {@code rehab-rescue}. */
    String procedure();

    /**
     * The figure over the period, or empty when the procedure has nothing to measure then (no
     * programme that year, or a quarter the measure does not split into).
     */
    Optional<Measurement> measure(Period period);
}
