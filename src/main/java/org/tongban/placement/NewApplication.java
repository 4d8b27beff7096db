package org.tongban.placement;

/**
 * What intake records (welfare-placement.md step 2): the person by ID number (they must be in the
 * registry with their 残疾人证), the 就业创业证 number, the grass-roots unit, a phone number
 * (optional) and the retirement schedule (optional: men, or women workers by default).
 */
public record NewApplication(String idNumber, String employmentCard, String grassRootsUnit, String phone,
        RetirementGroup retirementGroup) {
}
