package org.tongban.sla;

/** How a time limit is counted (common.md §2): 工作日, 日 (calendar days), or hours around the clock. */
public enum LimitUnit {
    WORKING_DAYS, CALENDAR_DAYS, HOURS
}
