package org.tongban.sla;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.organisation.Role;

/**
 * From 1 November, tells the administrators once that next year's holiday notice is not loaded
 * (common.md §2); until it is, deadlines in that year are provisional.
 */
@Component
class CalendarWatch {

    private final BusinessCalendar calendar;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Recipients recipients;
    private final Notifications notifications;

    CalendarWatch(BusinessCalendar calendar, JdbcTemplate jdbc, TransactionTemplate transaction, Recipients recipients,
            Notifications notifications) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.recipients = recipients;
        this.notifications = notifications;
    }

    /** Returns true when this call sent the alert. */
    boolean checkNextYear(Instant now) {
        LocalDate today = now.atZone(BusinessCalendar.ZONE).toLocalDate();
        int next = today.getYear() + 1;
        if (today.getMonthValue() < 11 || calendar.isLoaded(next)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.update("insert into calendar_alert (year_no, alerted_at) values (?, ?)", next, SlaClocks.ts(now));
                for (String admin : recipients.members(Role.ADMIN)) {
                    notifications.send(admin, "CALENDAR", null, null, "notification.CALENDAR", String.valueOf(next));
                }
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // another node, or an earlier round, has told them
        }
    }
}
