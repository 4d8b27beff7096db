package org.tongban.inbox;

/** Where a task stands against its due date; shown with text and icon, never colour alone. */
public enum SlaState {
    /** No due date. */
    NONE,
    /** Less than 75 % of the time used. */
    ON_TRACK,
    /** 75 % or more used (黄牌 reminder). */
    DUE_SOON,
    /** Past the due time (红牌). */
    OVERDUE
}
