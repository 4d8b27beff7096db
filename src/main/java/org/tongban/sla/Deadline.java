package org.tongban.sla;

import java.time.Instant;

/**
 * The end of a time limit. Provisional when the count ran through a year whose holiday notice is
 * not loaded, so weekdays stood in for working days.
 */
public record Deadline(Instant due, boolean provisional) {
}
