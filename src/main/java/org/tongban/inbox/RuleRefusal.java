package org.tongban.inbox;

import java.util.List;
import java.util.Optional;

/**
 * A rule of a procedure refuses what the user asked (a cap, a deadline, the four-eyes rule).
 * Thrown from anywhere, task listeners and delegates included, it reaches the user as the
 * translated message of its key: {@link InboxService} turns it into a refused {@link Outcome}, the
 * UI's error handler and the REST API show it instead of a generic error. Nothing was written:
 * the transaction it interrupts rolls back.
 */
public class RuleRefusal extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleRefusal(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The refusal behind an exception, however deeply the engine wrapped it. */
    public static Optional<RuleRefusal> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleRefusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
