package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.committee.targets.TargetFigure.TrendPoint;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.RuleRefusal;
import org.tongban.security.TongbanUser;

/**
 * The plan targets for the committee page and the monitoring report: per target in force in a
 * year, the figure computed by a procedure ({@link TargetMeasure}) or entered by CDPF, its trend,
 * the gap and whether it is on track; and, for a computed figure, the case numbers behind it.
 */
@Service
public class PlanTargets {

    static final String AUDIT_CASES_READ = "PLAN_TARGET_CASES_READ";

    private final TargetCatalogue catalogue;
    private final EnteredFigureRepository entered;
    private final Map<String, TargetMeasure> measures;
    private final AuditLog audit;
    private final InboxService names;
    private final Clock clock;

    PlanTargets(TargetCatalogue catalogue, EnteredFigureRepository entered, List<TargetMeasure> measures, AuditLog audit,
            InboxService names, Clock clock) {
        this.names = names;
        this.catalogue = catalogue;
        this.entered = entered;
        this.measures = measures.stream().collect(Collectors.toMap(TargetMeasure::targetCode, Function.identity()));
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every target in force in the year, in the plan's order, with the year's figure (year to date
     * for the current year). The plain data the page and the report both show.
     *
     * @throws RuleRefusal when the user may not read plan figures
     */
    @Transactional(readOnly = true)
    public List<TargetFigure> figures(int year, TongbanUser user) {
        requireReader(user);
        LocalDate today = LocalDate.now(clock);
        List<TargetFigure> out = new ArrayList<>();
        for (PlanTarget target : catalogue.inForce(year)) {
            out.add(figure(target, series(target, year, today), year));
        }
        return out;
    }

    /**
     * The cases behind a computed figure, by case number only, each marked counted or not; empty
     * for an entered figure. Audited, since it lists cases.
     */
    @Transactional
    public List<Measurement.CaseRef> cases(String code, Period period, TongbanUser user) {
        requireReader(user);
        TargetMeasure measure = measures.get(code);
        if (measure == null) {
            return List.of();
        }
        List<Measurement.CaseRef> cases = measure.measure(period).map(Measurement::cases).orElse(List.of());
        audit.record(user.username(), AUDIT_CASES_READ, "plan-target:" + code + ":" + period.label(), cases.size() + " cases");
        return cases;
    }

    /** Whether the figure of a target is computed by Tongban (so it has cases behind it). */
    public boolean isComputed(String code) {
        return measures.containsKey(code);
    }

    private Series series(PlanTarget target, int year, LocalDate today) {
        TargetMeasure measure = measures.get(target.getCode());
        if (target.getMeasuredBy() == PlanTarget.MeasuredBy.COMPUTED && measure != null) {
            return ComputedSeries.of(measure, catalogue, year, today);
        }
        Series series = EnteredSeries.of(target, entered.findByTargetCodeOrderByIdAsc(target.getCode()),
                catalogue.firstYear(target.getCode()), year);
        if (series.source() == null) {
            return series;
        }
        TargetFigure.Source s = series.source();
        return new Series(series.years(), series.quarters(), series.latest(), new TargetFigure.Source(s.origin(),
                s.procedure(), s.note(), s.enteredBy(), names.displayName(s.enteredBy()), s.enteredAt()));
    }

    private TargetFigure figure(PlanTarget target, Series series, int year) {
        List<TrendPoint> years = target.getKind() == TargetKind.COUNT_CUMULATIVE ? withCumulative(target.getCode(), series.years())
                : series.years();
        TrendPoint latest = series.latest() == null ? null
                : years.stream().filter(p -> p.period().year() == year).findFirst().orElse(series.latest());
        BigDecimal value = latest == null ? null : latest.value();
        BigDecimal cumulative = latest == null ? null : latest.cumulative();
        boolean count = target.getKind() == TargetKind.COUNT_CUMULATIVE;
        return new TargetFigure(target.getCode(), target.getNameZh(), target.getNameEn(), target.getKind(), target.getUnit(),
                target.getTargetValue(), target.getTargetUpper(), target.getPeriodFrom(), target.getPeriodTo(),
                target.getReference(), target.getMark(), target.getBaselineYear(), target.getBaselineValue(),
                target.getBaselineNote(), latest == null ? Period.year(year) : latest.period(), value,
                latest == null ? null : latest.numerator(), latest == null ? null : latest.denominator(), cumulative,
                count ? TargetArithmetic.expected(target, year) : null, TargetArithmetic.gap(target, value, cumulative),
                TargetArithmetic.standing(target, value, cumulative, year), series.source(), years, series.quarters());
    }

    /** A count's yearly points with the running sum since the first year of the plan in force that year. */
    private List<TrendPoint> withCumulative(String code, List<TrendPoint> years) {
        List<TrendPoint> out = new ArrayList<>();
        for (TrendPoint p : years) {
            int planFrom = catalogue.inForce(code, p.period().year()).map(PlanTarget::getPeriodFrom).orElse(p.period().year());
            BigDecimal sum = years.stream().filter(o -> o.period().year() >= planFrom && o.period().year() <= p.period().year())
                    .map(TrendPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new TrendPoint(p.period(), p.value(), p.numerator(), p.denominator(), sum));
        }
        return out;
    }

    private static void requireReader(TongbanUser user) {
        if (!TargetAccess.mayRead(user)) {
            throw new RuleRefusal("committee.targets.error.mayNotRead");
        }
    }
}
