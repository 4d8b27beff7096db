package org.tongban.inbox;

import java.time.LocalDateTime;

/**
 * One thing that happened on a case: when, who (user name, may be null for the system), in
 * which agency, what ({@code kind}: CREATED, CLAIMED, UNCLAIMED, ASSIGNED, COMPLETED, COMMENT),
 * on which task, with a text for comments.
 */
public record TimelineEntry(LocalDateTime at, String user, String agency, String kind, String taskName, String text) {
}
