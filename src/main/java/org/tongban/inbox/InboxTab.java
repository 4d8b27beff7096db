package org.tongban.inbox;

/** The four lists of the inbox. */
public enum InboxTab {
    /** Tasks assigned to me. */
    MINE,
    /** Unclaimed tasks of my agency. */
    QUEUE,
    /** Open tasks held by other agencies on cases my agency takes part in but does not lead. */
    COOPERATING,
    /** Tasks I completed. */
    DONE
}
