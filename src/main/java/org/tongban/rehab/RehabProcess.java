package org.tongban.rehab;

/** The process key, element ids, messages and variable names of {@code rehab-rescue.bpmn}. */
public final class RehabProcess {

    public static final String KEY = "rehab-rescue";
    public static final String CASE_PREFIX = "RR";

    public static final String TASK_PRELIMINARY_REVIEW = "Task_PreliminaryReview";
    public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
    public static final String TASK_ASSESS_CHILD = "Task_AssessChild";
    public static final String TASK_CHECK_INSURANCE = "Task_CheckInsurance";
    public static final String TASK_CHECK_GUARDIANSHIP = "Task_CheckGuardianship";
    public static final String TASK_DECIDE = "Task_DecideApplication";
    public static final String TASK_CHOOSE_INSTITUTION = "Task_ChooseInstitution";
    public static final String TASK_APPROVE_OUT_OF_AREA = "Task_ApproveOutOfArea";
    public static final String TASK_SIGN_AGREEMENT = "Task_SignAgreement";
    public static final String TASK_REVIEW_BILL = "Task_ReviewBill";
    public static final String TASK_PAY_INSURED = "Task_PayInsuredItems";
    public static final String TASK_PAY_INSTITUTION = "Task_PayInstitution";
    public static final String TASK_REVIEW_RENEWAL = "Task_ReviewRenewal";
    public static final String TASK_AGEING_OUT = "Task_PrepareAgeingOut";
    public static final String TASK_REVIEW_CHANGE = "Task_ReviewInstitutionChange";
    public static final String TASK_TERMINATE = "Task_TerminateService";

    public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_TREATED_WITHDRAWN = "EndEvent_TreatedAsWithdrawn";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_SERVICE_ENDED = "EndEvent_ServiceEnded";
    public static final String END_TERMINATED = "EndEvent_Terminated";

    public static final String MSG_SUPPLEMENTED = "RehabMaterialsSupplemented";
    public static final String MSG_WITHDRAWN = "RehabApplicationWithdrawn";
    public static final String MSG_CHANGE_REQUESTED = "RehabInstitutionChangeRequested";
    public static final String MSG_SERVICE_STOPPED = "RehabServiceStopped";
    public static final String MSG_ABSENCE_REPORTED = "RehabAbsenceReported";
    public static final String MSG_ATTENDANCE_RESUMED = "RehabAttendanceResumed";

    public static final String EVENT_AGEING_REMINDER = "Event_AgeingReminder";
    public static final String EVENT_ABSENCE_REPORTED = "Event_AbsenceReported";
    public static final String EVENT_SUSPENSION_EXPIRED = "Event_SuspensionExpired";
    public static final String EVENT_ATTENDANCE_RESUMED = "Event_AttendanceResumed";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_CHANNEL_GRASS_ROOTS = "viaGrassRoots";
    public static final String VAR_GRASS_ROOTS_UNIT = "grassRootsUnit";
    public static final String VAR_COMPLETENESS = "completeness";
    public static final String VAR_NEEDS_ASSESSMENT = "needsAssessment";
    public static final String VAR_CIVIL_CHECK = "civilCheckNeeded";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String VAR_INSTITUTION_CODE = "institutionCode";
    public static final String VAR_OUT_OF_AREA = "outOfArea";
    public static final String VAR_OUT_OF_AREA_APPROVED = "outOfAreaApproved";
    public static final String VAR_INSURED_AMOUNT = "insuredAmount";
    public static final String VAR_SERVICE_FINISHED = "serviceFinished";
    public static final String VAR_RENEW = "renew";
    public static final String VAR_CHANGE_APPROVED = "changeApproved";
    public static final String VAR_STOP_REASON = "stopReason";
    public static final String VAR_SUPPLEMENT_DEADLINE = "supplementDeadline";
    public static final String VAR_NEXT_SETTLEMENT_AT = "nextSettlementAt";
    public static final String VAR_RENEWAL_OPENS_AT = "renewalOpensAt";
    public static final String VAR_AGEING_REMINDER_AT = "ageingReminderAt";
    public static final String VAR_SUSPENSION_ENDS_AT = "suspensionEndsAt";
    public static final String VAR_ABSENT_SINCE = "absentSince";

    private RehabProcess() {
    }
}
