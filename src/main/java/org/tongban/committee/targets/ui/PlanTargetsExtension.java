package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.tongban.committee.CommitteeExtension;
import org.tongban.committee.ReportTable;
import org.tongban.committee.Scope;
import org.tongban.committee.targets.PlanTargets;
import org.tongban.committee.targets.TargetAccess;
import org.tongban.security.TongbanUser;

/**
 * The plan targets on the committee page, in its monitoring report and in its CSV export: the
 * targets of the year the chosen period ends in, in the same words as the page's table.
 */
@org.springframework.stereotype.Component
class PlanTargetsExtension implements CommitteeExtension {

    static final String TABLE_ID = "plan-targets";

    private final PlanTargets targets;
    private final I18NProvider i18n;

    PlanTargetsExtension(PlanTargets targets, I18NProvider i18n) {
        this.targets = targets;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "committee.targets.heading";
    }

    @Override
    public Component section(TongbanUser user, Scope scope) {
        return new PlanTargetsSection(targets, user, scope.to().getYear());
    }

    @Override
    public List<ReportTable> tables(TongbanUser user, Scope scope, Locale locale) {
        if (!TargetAccess.mayRead(user)) {
            return List.of();
        }
        TargetTexts texts = new TargetTexts((key, args) -> i18n.getTranslation(key, locale, args));
        List<List<String>> rows = targets.figures(scope.to().getYear(), user).stream()
                .map(f -> List.of(f.name(locale), texts.goal(f), texts.baseline(f), texts.value(f),
                        texts.parts(f.numerator(), f.denominator()), texts.gap(f), words(texts.standing(f.standing())),
                        texts.source(f)))
                .toList();
        List<String> header = List.of("target", "goal", "baseline", "value", "parts", "gap", "standing", "source").stream()
                .map(column -> texts.t("committee.targets.col." + column)).toList();
        return List.of(new ReportTable(TABLE_ID, texts.t(titleKey()), header, rows, List.of(4, 3, 3, 3, 2, 3, 2, 5), null));
    }

    /** The standing without its ✓/✗ mark, which the report's font does not have; the words say it. */
    private static String words(String standing) {
        return standing.replaceFirst("^[✓✗]\\s*", "");
    }
}
