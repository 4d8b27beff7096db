package org.tongban.legalaid;

import java.time.LocalDate;

/**
 * An objection, complaint or request to change the worker as an officer records it: the day the 司法局
 * received it and the person's grounds (encrypted at rest, never in the process).
 */
public record RemedyRequest(LocalDate receivedOn, String grounds) {
}
