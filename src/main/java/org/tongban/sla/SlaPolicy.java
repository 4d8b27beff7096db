package org.tongban.sla;

import java.time.LocalDate;

/**
 * The time limit of one user task, valid from a date (domain README: dated parameters).
 *
 * @param statutory set by law or regulation; breaching it needs a written reason
 * @param party who must act by the deadline: the agency, or the applicant (a citizen's deadline
 *        ending on a holiday moves to the next working day)
 * @param anchorVariable process variable with the trigger time (a {@code java.util.Date}); null
 *        counts from the task's creation
 * @param pausesClock an expert assessment: the case's other clocks stand still while it is open
 * @param reference the regulation and article, or the city-plan task
 * @param mark SOURCE, CITY_PLAN, PRACTICE or DEFAULT (domain README)
 */
public record SlaPolicy(Long id, String processKey, String taskKey, int limitAmount, LimitUnit limitUnit,
        boolean statutory, String party, String anchorVariable, boolean pausesClock, String reference,
        String mark, LocalDate validFrom, LocalDate validTo) {

    public static final String AGENCY = "AGENCY";
    public static final String APPLICANT = "APPLICANT";

    boolean applicantsDeadline() {
        return APPLICANT.equals(party);
    }
}
