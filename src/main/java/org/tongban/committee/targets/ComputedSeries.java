package org.tongban.committee.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.committee.targets.TargetFigure.Origin;
import org.tongban.committee.targets.TargetFigure.Source;
import org.tongban.committee.targets.TargetFigure.TrendPoint;

/** The points of a target a procedure computes: each year of the plan so far and the chosen year's quarters. */
final class ComputedSeries {

    private ComputedSeries() {
    }

    static Series of(TargetMeasure measure, TargetCatalogue catalogue, int year, LocalDate today) {
        String code = measure.targetCode();
        List<TrendPoint> years = new ArrayList<>();
        TrendPoint latest = null;
        Source source = null;
        for (int y = catalogue.firstYear(code); y <= year; y++) {
            Optional<PlanTarget> target = catalogue.inForce(code, y);
            if (target.isEmpty() || Period.year(y).from().isAfter(today)) {
                continue;
            }
            Optional<Measurement> m = measure.measure(Period.year(y));
            if (m.isPresent()) {
                TrendPoint point = point(target.get().getKind(), Period.year(y), m.get());
                years.add(point);
                if (y == year) {
                    latest = point;
                    source = new Source(Origin.COMPUTED, measure.procedure(), m.get().note(), null, null, null);
                }
            }
        }
        List<TrendPoint> quarters = new ArrayList<>();
        Optional<PlanTarget> target = catalogue.inForce(code, year);
        for (int q = 1; q <= 4 && target.isPresent(); q++) {
            Period period = Period.quarter(year, q);
            if (!period.from().isAfter(today)) {
                measure.measure(period).ifPresent(m -> quarters.add(point(target.get().getKind(), period, m)));
            }
        }
        return new Series(years, quarters, latest, source);
    }

    private static TrendPoint point(TargetKind kind, Period period, Measurement m) {
        return new TrendPoint(period, TargetArithmetic.value(kind, m.numerator(), m.denominator()), m.numerator(),
                m.denominator(), null);
    }
}
