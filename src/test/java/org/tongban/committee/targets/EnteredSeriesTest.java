package org.tongban.committee.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.committee.targets.PlanTarget.MeasuredBy;

class EnteredSeriesTest {

    static final PlanTarget DEVICES = new PlanTarget("ASSISTIVE_DEVICES", TargetKind.PERCENT_AT_LEAST, MeasuredBy.ENTERED,
            new BigDecimal("90"), null, 2021, 2025);
    static final PlanTarget STARTUPS = new PlanTarget("ENTREPRENEURSHIP_50", TargetKind.COUNT_CUMULATIVE, MeasuredBy.ENTERED,
            new BigDecimal("50"), null, 2021, 2025);

    static EnteredFigure entry(String code, Period period, String value, String by, int day) {
        return new EnteredFigure(code, period, new BigDecimal(value), null, null, "note " + value, by,
                LocalDateTime.of(2025, 12, day, 9, 0));
    }

    @Test
    void the_annual_entry_makes_the_year_and_a_later_entry_for_the_same_period_corrects_it() {
        Series s = EnteredSeries.of(DEVICES, List.of(entry("D", Period.year(2023), "90.1", "a", 1),
                entry("D", Period.quarter(2024, 2), "88.0", "a", 2), entry("D", Period.year(2024), "91.5", "a", 3),
                entry("D", Period.year(2024), "92.5", "b", 4)), 2021, 2024);
        assertThat(s.years()).extracting(p -> p.period().label() + "=" + p.value()).containsExactly("2023=90.1", "2024=92.5");
        assertThat(s.latest().value()).isEqualByComparingTo("92.5");
        assertThat(s.source().enteredBy()).isEqualTo("b");
        assertThat(s.source().note()).isEqualTo("note 92.5");
        assertThat(s.quarters()).extracting(p -> p.period().label()).containsExactly("2024Q2");
    }

    @Test
    void without_an_annual_entry_a_rate_takes_its_latest_quarter_and_a_count_sums_its_quarters() {
        List<EnteredFigure> rates = List.of(entry("D", Period.quarter(2025, 1), "80.0", "a", 1),
                entry("D", Period.quarter(2025, 3), "91.0", "a", 2), entry("D", Period.quarter(2025, 2), "85.0", "a", 3));
        Series rate = EnteredSeries.of(DEVICES, rates, 2021, 2025);
        assertThat(rate.latest().period()).isEqualTo(Period.quarter(2025, 3));
        assertThat(rate.latest().value()).isEqualByComparingTo("91.0");

        List<EnteredFigure> counts = List.of(entry("S", Period.quarter(2025, 1), "2", "a", 1),
                entry("S", Period.quarter(2025, 2), "3", "a", 2), entry("S", Period.quarter(2025, 2), "4", "b", 3));
        Series count = EnteredSeries.of(STARTUPS, counts, 2021, 2025);
        assertThat(count.latest().period()).isEqualTo(Period.year(2025));
        assertThat(count.latest().value()).isEqualByComparingTo("6");
        assertThat(count.source().enteredBy()).isEqualTo("b");
    }

    @Test
    void a_year_without_entries_has_no_point_and_no_source() {
        Series s = EnteredSeries.of(DEVICES, List.of(entry("D", Period.year(2022), "90.1", "a", 1)), 2021, 2023);
        assertThat(s.years()).hasSize(1);
        assertThat(s.latest()).isNull();
        assertThat(s.source()).isNull();
    }
}
