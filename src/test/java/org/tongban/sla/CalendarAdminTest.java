package org.tongban.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/** An administrator loads a new year's notice; until then its deadlines are provisional. (Year 2030: no other test uses it.) */
@TongbanTest
class CalendarAdminTest {

    static final TongbanUser ADMIN = new TongbanUser("admin", "系统管理员", null, EnumSet.of(Role.ADMIN));
    static final TongbanUser OFFICER = new TongbanUser("cdpf.officer", "王丽娟", "CDPF", EnumSet.of(Role.OFFICER));

    @Autowired CalendarAdmin admin;
    @Autowired BusinessCalendar calendar;

    @Test
    void a_loaded_year_counts_its_holidays_and_makeup_days_and_stops_being_provisional() {
        // Tuesday 2030-04-30: 5月1日–3日 off (Wed–Fri), Sunday 5月5日 worked (a made-up notice, for the test).
        var received = BusinessCalendarTest.at("2030-04-30T10:00");
        assertThat(calendar.deadline(received, 3, LimitUnit.WORKING_DAYS))
                .isEqualTo(BusinessCalendarTest.due("2030-05-03", true));

        assertThat(admin.loadYear(ADMIN, 2030, "测试通知").messageKey()).isEqualTo("calendar.error.noHolidays");
        for (int day = 1; day <= 3; day++) {
            assertThat(admin.addDay(ADMIN, LocalDate.of(2030, 5, day), "HOLIDAY", "劳动节").done()).isTrue();
        }
        assertThat(admin.addDay(ADMIN, LocalDate.of(2030, 5, 5), "MAKEUP_WORKDAY", "劳动节调休上班").done()).isTrue();
        assertThat(admin.loadYear(ADMIN, 2030, "测试通知").done()).isTrue();

        // 5月5日 (Sunday, worked), 6日, 7日.
        assertThat(calendar.deadline(received, 3, LimitUnit.WORKING_DAYS))
                .isEqualTo(BusinessCalendarTest.due("2030-05-07", false));
    }

    @Test
    void mistakes_and_other_users_are_refused_with_a_reason() {
        assertThat(admin.addDay(OFFICER, LocalDate.of(2030, 10, 1), "HOLIDAY", "国庆节").messageKey())
                .isEqualTo("calendar.error.admin");
        assertThat(admin.addDay(ADMIN, LocalDate.of(2030, 10, 8), "MAKEUP_WORKDAY", "调休").messageKey())
                .isEqualTo("calendar.error.makeupOnWeekday");
        assertThat(admin.addDay(ADMIN, LocalDate.of(2026, 10, 1), "HOLIDAY", "国庆节").messageKey())
                .isEqualTo("calendar.error.duplicate");
        assertThat(admin.addDay(ADMIN, LocalDate.of(2030, 10, 2), "HOLIDAY", " ").messageKey())
                .isEqualTo("calendar.error.incomplete");
        assertThat(admin.loadYear(ADMIN, 2026, "重复").messageKey()).isEqualTo("calendar.error.loaded");
    }
}
