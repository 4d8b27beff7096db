package org.tongban.sla;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * How an administrator extends the business calendar when the State Council publishes a new
 * notice: enter its holidays and make-up working days, then mark the year loaded with the notice
 * cited. Clocks started afterwards count that year's working days; every change is audited.
 */
@Service
public class CalendarAdmin {

    /** A loaded year and the notice it came from. */
    public record LoadedYear(int year, String source, String loadedBy) {
    }

    /** A day that differs from the Monday-to-Friday week. */
    public record SpecialDay(LocalDate date, String kind, String name) {
    }

    public static final List<String> KINDS = List.of("HOLIDAY", "MAKEUP_WORKDAY");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final BusinessCalendar calendar;

    CalendarAdmin(JdbcTemplate jdbc, AuditLog audit, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    public List<LoadedYear> years() {
        return jdbc.query("select year_no, source, loaded_by from calendar_year order by year_no",
                (rs, n) -> new LoadedYear(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    public List<SpecialDay> days(int year) {
        return jdbc.query("select day_date, kind, name from calendar_day where day_date between ? and ? order by day_date",
                (rs, n) -> new SpecialDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public Outcome addDay(TongbanUser admin, LocalDate date, String kind, String name) {
        if (!admin.has(Role.ADMIN)) {
            return Outcome.refused("calendar.error.admin");
        }
        if (date == null || kind == null || !KINDS.contains(kind) || name == null || name.isBlank()) {
            return Outcome.refused("calendar.error.incomplete");
        }
        if (name.strip().length() > 40) {
            return Outcome.refused("calendar.error.nameTooLong", 40);
        }
        Integer existing = jdbc.queryForObject("select count(*) from calendar_day where day_date = ?", Integer.class, date);
        if (existing != null && existing > 0) {
            return Outcome.refused("calendar.error.duplicate", date.toString());
        }
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (kind.equals("MAKEUP_WORKDAY") && !weekend) {
            return Outcome.refused("calendar.error.makeupOnWeekday", date.toString());
        }
        jdbc.update("insert into calendar_day (day_date, kind, name) values (?, ?, ?)", date, kind, name.strip());
        calendar.changed();
        audit.record(admin.username(), "CALENDAR_DAY_ADDED", String.valueOf(date.getYear()), date + " " + kind + " " + name.strip());
        return Outcome.ok("calendar.dayAdded");
    }

    @Transactional
    public Outcome loadYear(TongbanUser admin, int year, String source) {
        if (!admin.has(Role.ADMIN)) {
            return Outcome.refused("calendar.error.admin");
        }
        if (source == null || source.isBlank()) {
            return Outcome.refused("calendar.error.source");
        }
        Integer loaded = jdbc.queryForObject("select count(*) from calendar_year where year_no = ?", Integer.class, year);
        if (loaded != null && loaded > 0) {
            return Outcome.refused("calendar.error.loaded", year);
        }
        Integer holidays = jdbc.queryForObject("select count(*) from calendar_day where kind = 'HOLIDAY' and day_date between ? and ?",
                Integer.class, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (holidays == null || holidays == 0) {
            return Outcome.refused("calendar.error.noHolidays", year);
        }
        jdbc.update("insert into calendar_year (year_no, source, loaded_by, loaded_at) values (?, ?, ?, ?)", year,
                source.strip(), admin.username(), SlaClocks.ts(ClockUtil.getCurrentTime().toInstant()));
        calendar.changed();
        audit.record(admin.username(), "CALENDAR_YEAR_LOADED", String.valueOf(year), source.strip());
        return Outcome.ok("calendar.yearLoaded", year);
    }
}
