package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.organisation.OrgStartup;

/**
 * Figures CDPF entered for 2021–2026, near the city plan's numbers (common.md §7), so the trend,
 * the gap and both standings show: devices fitted around 91 %, education rising from 95 % to 97 %,
 * "50创业" a little short, coordinators from 5 to 8. Each entered in January after its year.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 12)
class PlanTargetsDemoData implements ApplicationRunner {

    private static final String BY = "cdpf.officer";

    private final EnteredFigureRepository figures;

    PlanTargetsDemoData(EnteredFigureRepository figures) {
        this.figures = figures;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (figures.count() > 0) {
            return;
        }
        int[][] devices = {{2021, 124, 136}, {2022, 126, 137}, {2023, 125, 138}, {2024, 135, 145}, {2025, 134, 145}};
        for (int[] d : devices) {
            rate("ASSISTIVE_DEVICES", Period.year(d[0]), d[1], d[2], "市残联辅助器具适配台账（" + d[0] + "年度统计报表）");
        }
        rate("ASSISTIVE_DEVICES", Period.quarter(2026, 1), 40, 45, "市残联辅助器具适配台账（2026年一季度，年初至季末）");
        rate("ASSISTIVE_DEVICES", Period.quarter(2026, 2), 79, 88, "市残联辅助器具适配台账（2026年二季度，年初至季末）");
        rate("ASSISTIVE_DEVICES", Period.quarter(2026, 3), 122, 134, "市残联辅助器具适配台账（2026年三季度，年初至季末）");

        int[][] startups = {{2021, 8}, {2022, 9}, {2023, 11}, {2024, 10}, {2025, 9}};
        for (int[] s : startups) {
            count(Period.year(s[0]), s[1], "市人社局就业创业台账（" + s[0] + "年扶持残疾人自主创业）");
        }
        count(Period.quarter(2026, 1), 2, "市人社局就业创业台账（2026年一季度）");
        count(Period.quarter(2026, 2), 3, "市人社局就业创业台账（2026年二季度）");
        count(Period.quarter(2026, 3), 2, "市人社局就业创业台账（2026年三季度）");

        int[][] coordinators = {{2021, 773, 5}, {2022, 773, 6}, {2023, 770, 7}, {2024, 768, 8}, {2025, 766, 8}};
        for (int[] c : coordinators) {
            ratio(Period.year(c[0]), c[1], c[2], "康复协调员花名册与持证残疾人数（" + c[0] + "年末）");
        }
        ratio(Period.quarter(2026, 3), 766, 8, "康复协调员花名册与持证残疾人数（2026年三季度末）");
        int[][] education = {{2021, 21, 22}, {2022, 22, 23}, {2023, 24, 25}, {2024, 25, 26}, {2025, 34, 35}};
        for (int[] e : education) {
            rate("COMPULSORY_EDUCATION", Period.year(e[0]), e[1], e[2], "市教育局学籍统计（" + e[0] + "学年）");
        }
        rate("COMPULSORY_EDUCATION", Period.quarter(2026, 3), 33, 34, "市教育局学籍统计（2026年秋季学期）");
        int[][] families = {{2021, 12, 13}, {2022, 14, 15}, {2023, 14, 14}, {2024, 13, 13}, {2025, 12, 12}};
        for (int[] f : families) {
            rate("ZERO_EMPLOYMENT_FAMILIES", Period.year(f[0]), f[1], f[2], "零就业家庭动态台账（" + f[0] + "年末）");
        }
        rate("ZERO_EMPLOYMENT_FAMILIES", Period.quarter(2026, 3), 11, 12, "零就业家庭动态台账（2026年三季度末）");
    }

    private void rate(String code, Period period, int numerator, int denominator, String note) {
        save(code, period, TargetArithmetic.value(TargetKind.PERCENT_AT_LEAST, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator)), numerator, denominator, note);
    }

    private void ratio(Period period, int people, int coordinators, String note) {
        save("REHAB_COORDINATORS", period, TargetArithmetic.value(TargetKind.RATIO_WITHIN, BigDecimal.valueOf(people),
                BigDecimal.valueOf(coordinators)), people, coordinators, note);
    }

    private void count(Period period, int persons, String note) {
        figures.save(new EnteredFigure("ENTREPRENEURSHIP_50", period, BigDecimal.valueOf(persons), null, null, note, BY,
                enteredAfter(period)));
    }

    private void save(String code, Period period, BigDecimal value, int numerator, int denominator, String note) {
        figures.save(new EnteredFigure(code, period, value, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                note, BY, enteredAfter(period)));
    }

    /** Entered ten days after the period ended. */
    private static LocalDateTime enteredAfter(Period period) {
        return period.to().plusDays(10).atTime(9, 30);
    }
}
