package org.tongban.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.InboxRow;
import org.tongban.organisation.Role;

/**
 * Fires the escalation steps that are due. Each step of each task is claimed with a conditional
 * update of its clock row: when several nodes race, the database lets exactly one of them set the
 * fired time, and only that one records the step and notifies.
 */
@Service
public class Escalations {

    /** A step that fired: for tests and the log. */
    public record Fired(String taskId, EscalationStep step, List<String> recipients) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SlaClocks clocks;
    private final Recipients recipients;
    private final Notifications notifications;
    private final InboxQueries inbox;
    private final MailNotifier mail;

    Escalations(JdbcTemplate jdbc, TransactionTemplate transaction, SlaClocks clocks, Recipients recipients,
            Notifications notifications, InboxQueries inbox, MailNotifier mail) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clocks = clocks;
        this.recipients = recipients;
        this.notifications = notifications;
        this.inbox = inbox;
        this.mail = mail;
    }

    /** Fires every step due at {@code now} that has not fired yet; returns what this node fired. */
    public List<Fired> fireDue(Instant now) {
        List<Fired> fired = new ArrayList<>();
        for (EscalationStep step : EscalationStep.values()) {
            List<String> due = jdbc.queryForList("select task_id from sla_clock where status = 'OPEN' and "
                    + step.timeColumn + " <= ? and " + step.firedColumn + " is null order by " + step.timeColumn,
                    String.class, SlaClocks.ts(now));
            for (String taskId : due) {
                Fired one = transaction.execute(status -> fire(taskId, step, now));
                if (one != null) {
                    fired.add(one);
                    mail.send(one, clocks.clock(taskId).map(SlaClocks.Clock::caseNumber).orElse(null));
                }
            }
        }
        return fired;
    }

    private Fired fire(String taskId, EscalationStep step, Instant now) {
        SlaClocks.Clock clock = clocks.clock(taskId).orElse(null);
        if (clock == null || !"OPEN".equals(clock.status()) || clocks.paused(clock)) {
            return null;
        }
        int claimed = jdbc.update("update sla_clock set " + step.firedColumn + " = ? where task_id = ? and "
                + step.firedColumn + " is null and status = 'OPEN'", SlaClocks.ts(now), taskId);
        if (claimed == 0) {
            return null; // another node fired it, or the task closed meanwhile
        }
        InboxRow row = inbox.task(taskId).orElse(null);
        List<String> to = recipients(step, clock, row);
        jdbc.update("insert into sla_escalation (task_id, step, fired_at, agency, recipients) values (?, ?, ?, ?, ?)",
                taskId, step.name(), SlaClocks.ts(now), step == EscalationStep.SUPERVISION && row != null
                        ? row.leadAgency() : clock.agency(), String.join(",", to));
        for (String recipient : to) {
            notifications.send(recipient, step.name(), clock.caseNumber(), taskId, "notification." + step.name(),
                    row == null || row.taskName() == null ? clock.taskKey() : row.taskName());
        }
        return new Fired(taskId, step, to);
    }

    /**
     * 黄牌 to the officer holding the task (or the agency's officers while nobody holds it); 红牌 to
     * the holder and the agency's supervisors; 督办 to the lead agency's supervisors.
     */
    private List<String> recipients(EscalationStep step, SlaClocks.Clock clock, InboxRow row) {
        String assignee = row == null ? null : row.assignee();
        Set<String> to = new LinkedHashSet<>();
        switch (step) {
            case WARNING -> {
                if (assignee != null) {
                    to.add(assignee);
                } else {
                    to.addAll(recipients.of(clock.agency(), Role.OFFICER));
                }
            }
            case OVERDUE -> {
                if (assignee != null) {
                    to.add(assignee);
                }
                to.addAll(recipients.of(clock.agency(), Role.SUPERVISOR));
            }
            case SUPERVISION -> {
                String lead = row == null || row.leadAgency() == null ? clock.agency() : row.leadAgency();
                to.addAll(recipients.of(lead, Role.SUPERVISOR));
            }
        }
        return List.copyOf(to);
    }
}
