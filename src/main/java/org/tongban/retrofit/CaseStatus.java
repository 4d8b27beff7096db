package org.tongban.retrofit;

/** The one coarse status of a retrofit case, for lists and the programme view (common.md §1). */
public enum CaseStatus {
    SUBMITTED, RETURNED, NOT_ACCEPTED, IN_REVIEW, PUBLIC_NOTICE, IN_SERVICE, ACCEPTANCE, SETTLEMENT, CLOSED,
    REFUSED, WITHDRAWN, TERMINATED;

    /** Still competing for the year's budget (not refused, withdrawn or terminated). */
    boolean inTheRunning() {
        return this != REFUSED && this != WITHDRAWN && this != TERMINATED && this != NOT_ACCEPTED;
    }
}
