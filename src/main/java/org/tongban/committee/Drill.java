package org.tongban.committee;

/** A figure the committee can open to see the case numbers behind it. */
public sealed interface Drill {

    /** Tasks the agency completed in the period. */
    record Handled(String agency) implements Drill {
    }

    /** Of those, the ones completed after their due time. */
    record Late(String agency) implements Drill {
    }

    /** The agency's open tasks now. */
    record Backlog(String agency) implements Drill {
    }

    /** Tasks of the agency that drew a 督办 in the period. */
    record Supervised(String agency) implements Drill {
    }

    /** Cases handed from one agency to another in the period. */
    record HandedOver(String fromAgency, String toAgency) implements Drill {
    }

    /** Completed tasks of one activity in the period. */
    record ActivityDone(String processKey, String taskKey) implements Drill {
    }

    /** Open tasks of one activity now. */
    record ActivityQueue(String processKey, String taskKey) implements Drill {
    }
}
