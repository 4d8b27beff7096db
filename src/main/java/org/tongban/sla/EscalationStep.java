package org.tongban.sla;

/**
 * The escalation ladder (common.md §2): the reminder at 75 % (黄牌), overdue at the due time (红牌)
 * to the agency's supervisors, and 督办 to the lead agency's supervisors three working days later.
 */
public enum EscalationStep {
    WARNING("warn_at", "warn_fired_at"),
    OVERDUE("due_at", "due_fired_at"),
    SUPERVISION("supervise_at", "supervise_fired_at");

    final String timeColumn;
    final String firedColumn;

    EscalationStep(String timeColumn, String firedColumn) {
        this.timeColumn = timeColumn;
        this.firedColumn = firedColumn;
    }
}
