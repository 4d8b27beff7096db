package org.tongban.inbox;

import java.util.Set;

/**
 * What a procedure tells the inbox about a case: the applicant's name (the inbox stores it
 * masked only), the grass-roots unit, the lead agency and the cooperating agencies.
 */
public record CaseFields(String applicantName, String grassRootsUnit, String leadAgency,
        Set<String> cooperatingAgencies) {

    public CaseFields {
        cooperatingAgencies = cooperatingAgencies == null ? Set.of() : Set.copyOf(cooperatingAgencies);
    }

    public static final CaseFields NONE = new CaseFields(null, null, null, Set.of());
}
