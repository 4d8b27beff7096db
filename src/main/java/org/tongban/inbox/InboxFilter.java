package org.tongban.inbox;

/**
 * Filters of a list; null means "any". {@code text} matches a case number (contains) or an
 * applicant name (compared in masked form, since only the masked name is stored).
 */
public record InboxFilter(String processKey, SlaState slaState, String grassRootsUnit, String text) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null);
}
