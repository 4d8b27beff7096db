package org.tongban.retrofit;

/** The process key, element ids, messages and variable names of {@code accessibility-retrofit.bpmn}. */
public final class RetrofitProcess {

    public static final String KEY = "accessibility-retrofit";
    public static final String CASE_PREFIX = "AR";

    public static final String TASK_INITIAL_CHECK = "Task_InitialCheck";
    public static final String TASK_CHECK_CARD_AND_HOME = "Task_CheckCardAndHome";
    public static final String TASK_CHECK_HARDSHIP = "Task_CheckHardship";
    public static final String TASK_VERIFY_OBJECTION = "Task_VerifyObjection";
    public static final String TASK_HOME_ASSESSMENT = "Task_HomeAssessment";
    public static final String TASK_SUPERVISE_WORKS = "Task_SuperviseWorks";
    public static final String TASK_INSPECT = "Task_AcceptanceInspection";
    public static final String TASK_RECORD_RECTIFICATION = "Task_RecordRectification";
    public static final String TASK_RESOLVE_SECOND_FAILURE = "Task_ResolveSecondFailure";
    public static final String TASK_PAY_CONTRACTOR = "Task_PayContractor";
    public static final String RECEIVE_PROCUREMENT = "ReceiveTask_AwaitProcurement";

    public static final String MSG_SUPPLEMENT = "Message_SupplementReceived";
    public static final String MSG_OBJECTION = "Message_ObjectionRaised";
    public static final String MSG_CONTRACTED = "Message_BatchContracted";
    public static final String MSG_DECLINED = "Message_HouseholdDeclined";

    /** Labels of the case's photos (attachment labels, also translation keys). */
    public static final String PHOTO_BEFORE = "retrofit.photo.before";
    public static final String PHOTO_AFTER = "retrofit.photo.after";

    public static final String VAR_LEAD_AGENCY = "leadAgency";
    public static final String VAR_GRASS_ROOTS_UNIT = "grassRootsUnit";
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String VAR_INSPECTION_ROUND = "inspectionRound";
    public static final String VAR_PASSED_AT = "inspectionPassedAt";

    private RetrofitProcess() {
    }
}
