package org.tongban.placement;

/** The coarse case status of common.md §1, for lists and dashboards; the BPMN holds the steps. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, RETURNED, WITHDRAWN, NOT_ACCEPTED, IN_REVIEW, REFUSED, PUBLIC_NOTICE, IN_SERVICE,
    CLOSED, TERMINATED
}
