package org.tongban.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications (the bell): one row per recipient; no personal data, case numbers only. */
@Service
public class Notifications {

    /**
     * One notification. {@code messageKey} is a translation key taking the argument as {0}.
     */
    public record Notice(long id, Instant createdAt, String topic, String caseNumber, String taskId,
            String messageKey, String argument, boolean read) {
    }

    private final JdbcTemplate jdbc;
    private final Recipients recipients;

    Notifications(JdbcTemplate jdbc, Recipients recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    /**
     * A procedure's reminder about a case to every officer of an agency, given at most once per
     * topic and case (a timer that is set again, e.g. after a change of institution, does not
     * remind twice). Returns how many users were told.
     */
    @Transactional
    public int remindAgencyOnce(String agency, String topic, String caseNumber, String messageKey, String argument) {
        Integer earlier = jdbc.queryForObject("select count(*) from notification where topic = ? and case_number = ?",
                Integer.class, topic, caseNumber);
        if (earlier != null && earlier > 0) {
            return 0;
        }
        List<String> to = recipients.of(agency, org.tongban.organisation.Role.OFFICER);
        to.forEach(r -> send(r, topic, caseNumber, null, messageKey, argument));
        return to.size();
    }

    void send(String recipient, String topic, String caseNumber, String taskId, String messageKey, String argument) {
        jdbc.update("""
                insert into notification (recipient, created_at, topic, case_number, task_id, message_key, argument)
                values (?, ?, ?, ?, ?, ?, ?)""",
                recipient, SlaClocks.ts(ClockUtil.getCurrentTime().toInstant()), topic, caseNumber, taskId, messageKey,
                argument);
    }

    public int unread(String username) {
        Integer count = jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Integer.class, username);
        return count == null ? 0 : count;
    }

    /** The user's latest notifications, unread first. */
    public List<Notice> latest(String username, int limit) {
        return jdbc.query("""
                select id, created_at, topic, case_number, task_id, message_key, argument, read_at
                from notification where recipient = ?
                order by case when read_at is null then 0 else 1 end, created_at desc, id desc limit ?""",
                Notifications::notice, username, limit);
    }

    /** Marks the user's own notifications read; another user's ids are ignored. */
    @Transactional
    public void markAllRead(String username) {
        jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                SlaClocks.ts(ClockUtil.getCurrentTime().toInstant()), username);
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong(1), SlaClocks.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8) != null);
    }
}
