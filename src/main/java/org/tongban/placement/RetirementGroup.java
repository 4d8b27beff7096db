package org.tongban.placement;

/** The three statutory retirement schedules of the 2024 decision (附件1–3). */
public enum RetirementGroup {
    MALE, FEMALE_CADRE, FEMALE_WORKER;

    /** The usual group for a registry gender: public-welfare posts are worker posts. */
    public static RetirementGroup defaultFor(String gender) {
        return "M".equals(gender) ? MALE : FEMALE_WORKER;
    }
}
