package org.tongban.committee.targets;

import java.math.BigDecimal;

/**
 * A figure CDPF enters for a target Tongban cannot compute.
 *
 * @param quarter     1–4, or null for the whole year
 * @param value       the rate in per cent, the count, or people per coordinator; may be left empty
 *                    when numerator and denominator are given
 * @param numerator   optional for counts; e.g. devices fitted, or disabled people served
 * @param denominator optional; e.g. people needing a device, or coordinators
 * @param sourceNote  where the figure comes from (survey, statistics report, document number)
 */
public record FigureEntry(String targetCode, Integer year, Integer quarter, BigDecimal value, BigDecimal numerator,
        BigDecimal denominator, String sourceNote) {
}
