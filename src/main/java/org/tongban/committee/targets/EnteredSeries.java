package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.committee.targets.TargetFigure.Origin;
import org.tongban.committee.targets.TargetFigure.Source;
import org.tongban.committee.targets.TargetFigure.TrendPoint;

/**
 * The points of a target CDPF enters. A year's point is its annual entry; without one, a count
 * sums the year's quarters and a rate or ratio takes its latest quarter (labelled as that quarter).
 * Of several entries for one period the latest counts (a correction).
 */
final class EnteredSeries {

    private EnteredSeries() {
    }

    /** @param entries in the order entered (oldest first) */
    static Series of(PlanTarget target, List<EnteredFigure> entries, int firstYear, int year) {
        Map<Period, EnteredFigure> latest = new LinkedHashMap<>();
        entries.forEach(f -> latest.put(f.period(), f));
        List<TrendPoint> years = new ArrayList<>();
        TrendPoint chosen = null;
        Source source = null;
        for (int y = firstYear; y <= year; y++) {
            List<EnteredFigure> used = used(target.getKind(), latest, y);
            if (used.isEmpty()) {
                continue;
            }
            boolean single = used.size() == 1 && (target.getKind() != TargetKind.COUNT_CUMULATIVE || used.get(0).period().isYear());
            TrendPoint point = single ? point(used.get(0))
                    : new TrendPoint(Period.year(y), used.stream().map(EnteredFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add),
                            null, null, null);
            years.add(point);
            if (y == year) {
                chosen = point;
                EnteredFigure last = used.stream().max(Comparator.comparing(EnteredFigure::getEnteredAt)).orElseThrow();
                source = new Source(Origin.ENTERED, null, last.getSourceNote(), last.getEnteredBy(), null, last.getEnteredAt());
            }
        }
        List<TrendPoint> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            EnteredFigure f = latest.get(Period.quarter(year, q));
            if (f != null) {
                quarters.add(point(f));
            }
        }
        return new Series(years, quarters, chosen, source);
    }

    /** The entries that make a year's point. */
    private static List<EnteredFigure> used(TargetKind kind, Map<Period, EnteredFigure> latest, int year) {
        EnteredFigure annual = latest.get(Period.year(year));
        if (annual != null) {
            return List.of(annual);
        }
        List<EnteredFigure> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            EnteredFigure f = latest.get(Period.quarter(year, q));
            if (f != null) {
                quarters.add(f);
            }
        }
        if (kind == TargetKind.COUNT_CUMULATIVE || quarters.isEmpty()) {
            return quarters;
        }
        return List.of(quarters.get(quarters.size() - 1));
    }

    private static TrendPoint point(EnteredFigure f) {
        return new TrendPoint(f.period(), f.getValue(), f.getNumerator(), f.getDenominator(), null);
    }
}
