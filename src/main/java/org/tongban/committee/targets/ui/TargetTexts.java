package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import org.tongban.committee.targets.Period;
import org.tongban.committee.targets.TargetFigure;
import org.tongban.committee.targets.TargetKind;

/** A figure's parts in words, in the component's language: goal, value, gap, standing, source. */
final class TargetTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final BiFunction<String, Object[], String> translate;

    TargetTexts(Component on) {
        this(on::getTranslation);
    }

    /** For the report, which has a locale but no component. */
    TargetTexts(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    /** A rate or ratio with one decimal (91.0 %), a number of persons whole. */
    String amount(String unit, BigDecimal n) {
        if (n == null) {
            return "—";
        }
        String shown = "PERSONS".equals(unit) ? plain(n) : n.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return t("committee.targets.unit." + unit, shown);
    }

    /** A goal or baseline as the plan writes it (≥ 90 %, 83.6 %). */
    String stated(String unit, BigDecimal n) {
        return n == null ? "—" : t("committee.targets.unit." + unit, plain(n));
    }

    String goal(TargetFigure f) {
        return switch (f.kind()) {
            case PERCENT_AT_LEAST -> t("committee.targets.goal.PERCENT_AT_LEAST", stated(f.unit(), f.target()));
            case COUNT_CUMULATIVE -> t("committee.targets.goal.COUNT_CUMULATIVE", stated(f.unit(), f.target()),
                    String.valueOf(f.planFrom()), String.valueOf(f.planTo()));
            case RATIO_WITHIN -> t("committee.targets.goal.RATIO_WITHIN", plain(f.target()), stated(f.unit(), f.targetUpper()));
        };
    }

    String baseline(TargetFigure f) {
        if (f.baselineValue() != null) {
            return t("committee.targets.baseline", String.valueOf(f.baselineYear()), stated(f.unit(), f.baselineValue()));
        }
        return f.baselineNote() == null ? "—" : f.baselineNote();
    }

    String period(Period p) {
        return p.isYear() ? t("committee.targets.period.year", String.valueOf(p.year()))
                : t("committee.targets.period.quarter", String.valueOf(p.year()), String.valueOf(p.quarter()));
    }

    String value(TargetFigure f) {
        if (f.value() == null) {
            return "—";
        }
        if (f.kind() == TargetKind.COUNT_CUMULATIVE) {
            return t("committee.targets.value.cumulative", amount(f.unit(), f.value()), amount(f.unit(), f.cumulative()),
                    amount(f.unit(), f.expected()));
        }
        return t("committee.targets.value.period", amount(f.unit(), f.value()), period(f.period()));
    }

    String parts(BigDecimal numerator, BigDecimal denominator) {
        return numerator == null || denominator == null ? "—" : plain(numerator) + " / " + plain(denominator);
    }

    String gap(TargetFigure f) {
        if (f.gap() == null) {
            return "—";
        }
        if (f.gap().signum() == 0) {
            return t("committee.targets.gap.met");
        }
        return t("committee.targets.gap." + f.kind().name(), plain(f.gap()));
    }

    String standing(TargetFigure.Standing s) {
        return t("committee.targets.standing." + s.name());
    }

    String source(TargetFigure f) {
        TargetFigure.Source s = f.source();
        if (s == null) {
            return "—";
        }
        if (s.origin() == TargetFigure.Origin.COMPUTED) {
            return t("committee.targets.source.COMPUTED", t("committee.targets.procedure." + s.procedure())) + "（" + s.note() + "）";
        }
        return t("committee.targets.source.ENTERED", s.enteredByName(), DAY.format(s.enteredAt()))
                + "（" + s.note() + "）";
    }

    String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
