package org.tongban.inbox;

/** How a bulk action went: tasks done, and tasks left as they were (taken by someone else, or not the agency's). */
public record BulkOutcome(int done, int skipped) {
}
