package org.tongban.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;

/** Day counting on the State Council calendars loaded by Flyway (common.md §2). */
@TongbanTest
class BusinessCalendarTest {

    @Autowired BusinessCalendar calendar;

    @Test
    void a_week_with_the_labour_day_holiday_counts_the_makeup_saturday_and_skips_the_holiday() {
        // 2026: 5月1日–5日 off, Saturday 5月9日 worked (调休).
        Instant thursday = at("2026-04-30T16:00");

        assertThat(calendar.deadline(thursday, 3, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-05-08", false));
        assertThat(calendar.deadline(thursday, 4, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-05-09", false));
        assertThat(calendar.deadline(thursday, 5, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-05-11", false));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-09"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-04"))).isFalse();
    }

    @Test
    void a_limit_crossing_the_new_year_skips_new_years_day_and_counts_the_makeup_sunday() {
        // 2026: 1月1日–3日 off, Sunday 1月4日 worked.
        assertThat(calendar.deadline(at("2025-12-29T10:00"), 5, LimitUnit.WORKING_DAYS))
                .isEqualTo(due("2026-01-06", false));
    }

    @Test
    void a_limit_running_into_a_year_without_a_loaded_notice_is_provisional() {
        // Weekdays stand in for working days in 2027: Friday 1 January counts.
        assertThat(calendar.deadline(at("2026-12-28T10:00"), 5, LimitUnit.WORKING_DAYS))
                .isEqualTo(due("2027-01-04", true));
        assertThat(calendar.deadline(at("2026-12-21T10:00"), 5, LimitUnit.WORKING_DAYS))
                .isEqualTo(due("2026-12-28", false));
    }

    @Test
    void legal_aids_seven_calendar_days_end_in_the_national_day_holiday_while_seven_working_days_run_past_it() {
        Instant received = at("2026-09-30T11:00");

        assertThat(calendar.deadline(received, 7, LimitUnit.CALENDAR_DAYS)).isEqualTo(due("2026-10-07", false));
        // 10月8日, 9日, Saturday 10日 (调休), 12日 … 15日.
        assertThat(calendar.deadline(received, 7, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-10-15", false));
    }

    @Test
    void a_citizens_deadline_ending_on_a_holiday_moves_to_the_next_working_day_but_an_agencys_does_not() {
        Instant notified = at("2026-09-30T11:00");

        assertThat(calendar.applicantDeadline(notified, 7, LimitUnit.CALENDAR_DAYS)).isEqualTo(due("2026-10-08", false));
        assertThat(calendar.deadline(notified, 7, LimitUnit.CALENDAR_DAYS)).isEqualTo(due("2026-10-07", false));
    }

    @Test
    void day_one_is_the_day_after_the_trigger_even_late_at_night() {
        assertThat(calendar.deadline(at("2026-03-02T23:50"), 1, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-03-03", false));
        assertThat(calendar.deadline(at("2026-03-02T00:10"), 1, LimitUnit.CALENDAR_DAYS)).isEqualTo(due("2026-03-03", false));
    }

    @Test
    void an_hour_limit_runs_around_the_clock_through_holidays() {
        Instant arrested = at("2026-10-01T20:00");

        assertThat(calendar.deadline(arrested, 24, LimitUnit.HOURS)).isEqualTo(new Deadline(at("2026-10-02T20:00"), false));
    }

    @Test
    void a_paused_limit_resumes_with_the_working_days_it_had_left() {
        Instant due = due("2026-03-09", false).due();
        long left = calendar.remaining(at("2026-03-04T10:00"), due, LimitUnit.WORKING_DAYS);

        assertThat(left).isEqualTo(3); // 5日, 6日, 9日
        assertThat(calendar.resume(at("2026-03-16T09:00"), left, LimitUnit.WORKING_DAYS)).isEqualTo(due("2026-03-19", false));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ZONE).toInstant();
    }

    static Deadline due(String day, boolean provisional) {
        return new Deadline(at(day + "T23:59:59"), provisional);
    }
}
