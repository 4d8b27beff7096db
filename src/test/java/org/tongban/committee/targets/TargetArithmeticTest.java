package org.tongban.committee.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tongban.committee.targets.PlanTarget.MeasuredBy;
import org.tongban.committee.targets.TargetFigure.Standing;

class TargetArithmeticTest {

    static final PlanTarget REHAB = new PlanTarget("REHAB_BASIC_SERVICE", TargetKind.PERCENT_AT_LEAST, MeasuredBy.COMPUTED,
            new BigDecimal("90"), null, 2021, 2025);
    static final PlanTarget JOBS = new PlanTarget("EMPLOYMENT_50", TargetKind.COUNT_CUMULATIVE, MeasuredBy.COMPUTED,
            new BigDecimal("50"), null, 2021, 2025);
    static final PlanTarget COORDINATORS = new PlanTarget("REHAB_COORDINATORS", TargetKind.RATIO_WITHIN, MeasuredBy.ENTERED,
            new BigDecimal("80"), new BigDecimal("150"), 2021, 2025);

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void a_rate_is_numerator_over_denominator_in_per_cent_to_one_decimal_rounded_half_up() {
        assertThat(TargetArithmetic.value(TargetKind.PERCENT_AT_LEAST, n("5"), n("6"))).isEqualByComparingTo("83.3");
        assertThat(TargetArithmetic.value(TargetKind.PERCENT_AT_LEAST, n("1"), n("8"))).isEqualByComparingTo("12.5");
        assertThat(TargetArithmetic.value(TargetKind.PERCENT_AT_LEAST, n("1"), n("16"))).isEqualByComparingTo("6.3");
        assertThat(TargetArithmetic.value(TargetKind.PERCENT_AT_LEAST, n("1"), n("0"))).isNull();
        assertThat(TargetArithmetic.value(TargetKind.RATIO_WITHIN, n("773"), n("7"))).isEqualByComparingTo("110.4");
        assertThat(TargetArithmetic.value(TargetKind.COUNT_CUMULATIVE, n("12"), null)).isEqualByComparingTo("12");
    }

    @Test
    void a_rate_below_its_floor_is_off_track_by_the_missing_points_and_on_track_at_the_floor() {
        assertThat(TargetArithmetic.gap(REHAB, n("83.6"), null)).isEqualByComparingTo("6.4");
        assertThat(TargetArithmetic.standing(REHAB, n("83.6"), null, 2021)).isEqualTo(Standing.OFF_TRACK);
        assertThat(TargetArithmetic.gap(REHAB, n("90.0"), null)).isEqualByComparingTo("0");
        assertThat(TargetArithmetic.standing(REHAB, n("90.0"), null, 2021)).isEqualTo(Standing.ON_TRACK);
        assertThat(TargetArithmetic.gap(REHAB, n("95"), null)).isEqualByComparingTo("0");
    }

    @Test
    void a_count_is_on_track_when_its_sum_reaches_the_pro_rata_share_of_the_plan_by_the_end_of_the_year() {
        assertThat(TargetArithmetic.expected(JOBS, 2021)).isEqualByComparingTo("10");
        assertThat(TargetArithmetic.expected(JOBS, 2023)).isEqualByComparingTo("30");
        assertThat(TargetArithmetic.expected(JOBS, 2025)).isEqualByComparingTo("50");
        assertThat(TargetArithmetic.expected(JOBS, 2030)).isEqualByComparingTo("50");
        assertThat(TargetArithmetic.standing(JOBS, n("9"), n("30"), 2023)).isEqualTo(Standing.ON_TRACK);
        assertThat(TargetArithmetic.standing(JOBS, n("9"), n("29"), 2023)).isEqualTo(Standing.OFF_TRACK);
        assertThat(TargetArithmetic.gap(JOBS, n("9"), n("29"))).isEqualByComparingTo("21");
        assertThat(TargetArithmetic.gap(JOBS, n("20"), n("55"))).isEqualByComparingTo("0");
    }

    @Test
    void a_ratio_is_on_track_inside_its_band_and_its_gap_is_the_distance_to_the_nearer_bound() {
        assertThat(TargetArithmetic.standing(COORDINATORS, n("80"), null, 2022)).isEqualTo(Standing.ON_TRACK);
        assertThat(TargetArithmetic.standing(COORDINATORS, n("150"), null, 2022)).isEqualTo(Standing.ON_TRACK);
        assertThat(TargetArithmetic.standing(COORDINATORS, n("154.6"), null, 2022)).isEqualTo(Standing.OFF_TRACK);
        assertThat(TargetArithmetic.gap(COORDINATORS, n("154.6"), null)).isEqualByComparingTo("4.6");
        assertThat(TargetArithmetic.gap(COORDINATORS, n("75.5"), null)).isEqualByComparingTo("4.5");
        assertThat(TargetArithmetic.gap(COORDINATORS, n("110"), null)).isEqualByComparingTo("0");
    }

    @Test
    void without_a_value_there_is_no_gap_and_no_standing() {
        assertThat(TargetArithmetic.gap(REHAB, null, null)).isNull();
        assertThat(TargetArithmetic.standing(REHAB, null, null, 2022)).isEqualTo(Standing.NO_DATA);
    }
}
