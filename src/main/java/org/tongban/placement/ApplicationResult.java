package org.tongban.placement;

import java.util.Map;

/**
 * The answer to an application: the case (new, or the one an earlier request with the same
 * idempotency key made), or the refused fields with translation keys, nothing written.
 */
public record ApplicationResult(String caseNumber, boolean existing, Map<String, String> fieldErrors) {

    static ApplicationResult created(String caseNumber) {
        return new ApplicationResult(caseNumber, false, Map.of());
    }

    static ApplicationResult again(String caseNumber) {
        return new ApplicationResult(caseNumber, true, Map.of());
    }

    static ApplicationResult invalid(Map<String, String> errors) {
        return new ApplicationResult(null, false, Map.copyOf(errors));
    }

    public boolean ok() {
        return fieldErrors.isEmpty();
    }
}
