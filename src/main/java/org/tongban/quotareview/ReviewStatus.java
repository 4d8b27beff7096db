package org.tongban.quotareview;

/** The coarse case status of a review (common.md §1) for lists and dashboards; the BPMN owns the steps. */
public enum ReviewStatus {
    AWAITING_DECLARATION, SUBMITTED, RETURNED, NOT_ACCEPTED, IN_REVIEW, DECIDED, SETTLEMENT, CLOSED
}
