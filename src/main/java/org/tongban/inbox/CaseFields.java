package org.tongban.inbox;

import java.util.Set;
import org.tongban.people.Masking;

/**
 * What a procedure tells the inbox about a case: the applicant's name (a person's is stored masked
 * only; an employer's or other organisation's is not personal data and is stored as it is), the
 * grass-roots unit, the lead agency and the cooperating agencies.
 */
public record CaseFields(String applicantName, String grassRootsUnit, String leadAgency,
        Set<String> cooperatingAgencies, boolean applicantIsPerson) {

    public CaseFields {
        cooperatingAgencies = cooperatingAgencies == null ? Set.of() : Set.copyOf(cooperatingAgencies);
    }

    /** A case whose applicant is a person. */
    public CaseFields(String applicantName, String grassRootsUnit, String leadAgency, Set<String> cooperatingAgencies) {
        this(applicantName, grassRootsUnit, leadAgency, cooperatingAgencies, true);
    }

    /** The applicant as lists may show it: a person's name masked, an organisation's in full. */
    public String applicantShown() {
        if (applicantName == null || applicantName.isBlank()) {
            return null;
        }
        String shown = applicantIsPerson ? Masking.name(applicantName) : applicantName.strip();
        return shown.length() > 64 ? shown.substring(0, 63) + "…" : shown;
    }

    public static final CaseFields NONE = new CaseFields(null, null, null, Set.of());
}
