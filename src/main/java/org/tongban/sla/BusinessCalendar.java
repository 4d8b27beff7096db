package org.tongban.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chinese working days from the State Council's yearly holiday notices (table {@code calendar_day}):
 * weekends are off unless marked 调休, holidays are off. Day 1 of a limit is the day after the
 * trigger (民法典 第201条) and a day limit ends at the end of its last day, Erenhot time.
 */
@Service
public class BusinessCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** How long a node keeps its reading of the calendar; another node's change shows within this. */
    private static final long CACHE_NANOS = 60_000_000_000L;

    private final JdbcTemplate jdbc;
    private volatile Days cached;
    private volatile long cachedAt;

    BusinessCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An agency's deadline: it does not move when it ends on a holiday. */
    public Deadline deadline(Instant trigger, int amount, LimitUnit unit) {
        return days().deadline(trigger, amount, unit, false);
    }

    /** A citizen's deadline: one ending on a non-working day moves to the next working day (民法典 第203条). */
    public Deadline applicantDeadline(Instant trigger, int amount, LimitUnit unit) {
        return days().deadline(trigger, amount, unit, true);
    }

    public boolean isWorkingDay(LocalDate date) {
        return days().isWorkingDay(date);
    }

    /** Whether the holiday notice of that year is loaded. */
    public boolean isLoaded(int year) {
        return days().loadedYears.contains(year);
    }

    /**
     * How much of a limit is left between {@code from} and {@code due}, in the limit's unit (hours
     * for {@link LimitUnit#HOURS}); what a paused clock still has when it resumes.
     */
    public long remaining(Instant from, Instant due, LimitUnit unit) {
        return days().remaining(from, due, unit);
    }

    /** Restarts a paused limit: the remainder counted on from {@code resumed}. */
    public Deadline resume(Instant resumed, long remaining, LimitUnit unit) {
        Days days = days();
        if (unit == LimitUnit.HOURS) {
            return new Deadline(resumed.plus(Duration.ofHours(remaining)), false);
        }
        return days.deadline(resumed, Math.toIntExact(remaining), unit, false);
    }

    /** Forgets the cached calendar once the current transaction commits (an administrator changed it). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cached = null;
                }
            });
        } else {
            cached = null;
        }
    }

    /** The calendar rows, read once a minute rather than for every deadline of every new task. */
    private Days days() {
        Days days = cached;
        if (days == null || System.nanoTime() - cachedAt > CACHE_NANOS) {
            days = load();
            cached = days;
            cachedAt = System.nanoTime();
        }
        return days;
    }

    private Days load() {
        Map<LocalDate, String> kinds = new HashMap<>();
        jdbc.query("select day_date, kind from calendar_day",
                rs -> { kinds.put(rs.getObject(1, LocalDate.class), rs.getString(2)); });
        Set<Integer> years = new HashSet<>(jdbc.queryForList("select year_no from calendar_year", Integer.class));
        return new Days(kinds, years);
    }

    /** One reading of the calendar table; the arithmetic itself. */
    record Days(Map<LocalDate, String> kinds, Set<Integer> loadedYears) {

        boolean isWorkingDay(LocalDate date) {
            String kind = kinds.get(date);
            if (kind != null) {
                return kind.equals("MAKEUP_WORKDAY");
            }
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        Deadline deadline(Instant trigger, int amount, LimitUnit unit, boolean movesOffHolidays) {
            if (unit == LimitUnit.HOURS) {
                return new Deadline(trigger.plus(Duration.ofHours(amount)), false);
            }
            LocalDate day = trigger.atZone(ZONE).toLocalDate();
            boolean provisional = false;
            if (unit == LimitUnit.CALENDAR_DAYS) {
                day = day.plusDays(amount);
            } else {
                int counted = 0;
                while (counted < amount) {
                    day = day.plusDays(1);
                    provisional |= !loadedYears.contains(day.getYear());
                    if (isWorkingDay(day)) {
                        counted++;
                    }
                }
            }
            if (movesOffHolidays) {
                while (!isWorkingDay(day)) {
                    provisional |= !loadedYears.contains(day.getYear());
                    day = day.plusDays(1);
                }
                provisional |= !loadedYears.contains(day.getYear());
            }
            return new Deadline(endOf(day), provisional);
        }

        long remaining(Instant from, Instant due, LimitUnit unit) {
            if (!due.isAfter(from)) {
                return 0;
            }
            if (unit == LimitUnit.HOURS) {
                return Math.max(1, Duration.between(from, due).toHours());
            }
            LocalDate start = from.atZone(ZONE).toLocalDate();
            LocalDate end = due.atZone(ZONE).toLocalDate();
            if (unit == LimitUnit.CALENDAR_DAYS) {
                return ChronoUnit.DAYS.between(start, end);
            }
            long left = 0;
            for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    left++;
                }
            }
            return left;
        }

        private static Instant endOf(LocalDate day) {
            return ZonedDateTime.of(day, END_OF_DAY, ZONE).toInstant();
        }
    }
}
