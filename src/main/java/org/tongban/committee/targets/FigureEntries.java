package org.tongban.committee.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.RuleRefusal;
import org.tongban.security.TongbanUser;

/** CDPF enters the figures Tongban cannot compute; every entry is audited and kept. */
@Service
public class FigureEntries {

    static final String AUDIT_ENTERED = "PLAN_FIGURE_ENTERED";

    private final TargetCatalogue catalogue;
    private final EnteredFigureRepository figures;
    private final AuditLog audit;
    private final Clock clock;

    FigureEntries(TargetCatalogue catalogue, EnteredFigureRepository figures, AuditLog audit, Clock clock) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the figure; a second entry for the same target and period corrects the first.
     *
     * @return the new entry's id
     * @throws RuleRefusal        when the user is not a CDPF officer or supervisor
     * @throws InvalidFigureEntry when a field is wrong; nothing is written
     */
    @Transactional
    public long enter(FigureEntry entry, TongbanUser user) {
        if (!TargetAccess.mayEnter(user)) {
            throw new RuleRefusal("committee.targets.error.mayNotEnter");
        }
        FigureEntryCheck.Checked checked = FigureEntryCheck.check(entry, catalogue::inForce, LocalDate.now(clock));
        EnteredFigure saved = figures.save(new EnteredFigure(checked.target().getCode(), checked.period(), checked.value(),
                checked.numerator(), checked.denominator(), checked.sourceNote(), user.username(), LocalDateTime.now(clock)));
        audit.record(user.username(), AUDIT_ENTERED, "plan-target:" + saved.getTargetCode() + ":" + checked.period().label(),
                "value=" + plain(checked.value()) + " numerator=" + plain(checked.numerator()) + " denominator="
                        + plain(checked.denominator()) + " source=" + checked.sourceNote());
        return saved.getId();
    }

    /** The targets CDPF enters figures for in a year. */
    @Transactional(readOnly = true)
    public List<EnterableTarget> enterable(int year) {
        return catalogue.inForce(year).stream().filter(t -> t.getMeasuredBy() == PlanTarget.MeasuredBy.ENTERED)
                .map(t -> new EnterableTarget(t.getCode(), t.getNameZh(), t.getNameEn(), t.getKind(), t.getUnit())).toList();
    }

    /** Every entry of a target, newest first, with corrected ones marked. */
    @Transactional(readOnly = true)
    public List<EnteredRow> history(String code, TongbanUser user) {
        if (!TargetAccess.mayRead(user)) {
            throw new RuleRefusal("committee.targets.error.mayNotRead");
        }
        List<EnteredFigure> all = figures.findByTargetCodeOrderByIdAsc(code);
        Set<Period> seen = new HashSet<>();
        return all.stream().sorted(Comparator.comparing(EnteredFigure::getId).reversed())
                .map(f -> new EnteredRow(f.getId(), f.getTargetCode(), f.period(), f.getValue(), f.getNumerator(),
                        f.getDenominator(), f.getSourceNote(), f.getEnteredBy(), f.getEnteredAt(), !seen.add(f.period())))
                .toList();
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "-" : n.toPlainString();
    }
}
