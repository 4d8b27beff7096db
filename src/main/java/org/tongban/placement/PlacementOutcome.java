package org.tongban.placement;

/**
 * The answer to a placement request: placed (with the person's count after it), or refused with
 * a reason code the officer is told in their language ({@code placement.refusal.<code>}).
 */
public record PlacementOutcome(Result result, int placements) {

    public enum Result {
        PLACED, CAP_REACHED, TERM_NOT_EXPIRED, CONTRACT_TOO_SHORT, WAGE_BELOW_MINIMUM, NO_SOCIAL_INSURANCE;

        /** Refusals the case cannot get past: the person's cap or the running first term. */
        public boolean endsTheCase() {
            return this == CAP_REACHED || this == TERM_NOT_EXPIRED;
        }
    }

    public boolean placed() {
        return result == Result.PLACED;
    }
}
