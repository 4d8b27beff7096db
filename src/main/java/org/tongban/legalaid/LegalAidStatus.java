package org.tongban.legalaid;

/** The coarse case status of common.md §1 for lists and dashboards; the BPMN holds the fine steps. */
public enum LegalAidStatus {
    SUBMITTED, ACCEPTED, RETURNED, NOT_ACCEPTED, WITHDRAWN, IN_REVIEW, APPROVED, REFUSED, IN_SERVICE, SETTLEMENT, CLOSED,
    TERMINATED, ARCHIVED
}
