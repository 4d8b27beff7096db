package org.tongban.retrofit;

/** The outcome of the eligibility rules: eligible, or the refusal reason code of the domain file. */
public record Eligibility(boolean eligible, String reason, boolean referToUnsafeHousing) {

    static Eligibility yes() {
        return new Eligibility(true, null, false);
    }

    static Eligibility no(String reason) {
        return new Eligibility(false, reason, false);
    }
}
