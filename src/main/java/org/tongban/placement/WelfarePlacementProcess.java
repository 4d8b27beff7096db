package org.tongban.placement;

/** The process key, element ids, messages and variable names of {@code welfare-placement.bpmn}. */
public final class WelfarePlacementProcess {

    public static final String KEY = "welfare-placement";
    public static final String CASE_PREFIX = "WP";

    public static final String MSG_POST_PLAN_DUE = "WelfarePostPlanDue";
    public static final String MSG_OBJECTION = "WelfarePlacementObjectionRaised";
    public static final String MSG_CLAIM_FILED = "WelfarePlacementClaimFiled";
    public static final String MSG_PLACEMENT_ENDED = "WelfarePlacementEnded";

    public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
    public static final String TASK_SUPPLEMENT = "Task_SupplementMaterials";
    public static final String TASK_CHECK_CARD = "Task_CheckCardAndCount";
    public static final String TASK_HARDSHIP = "Task_RecogniseHardship";
    public static final String TASK_DIBAO = "Task_CheckDibao";
    public static final String TASK_BUSINESS = "Task_CheckBusinessRegistration";
    public static final String TASK_MATCH = "Task_MatchPost";
    public static final String TASK_ASSESSMENT = "Task_CommunityAssessment";
    public static final String TASK_VERIFY_OBJECTION = "Task_VerifyObjection";
    public static final String TASK_RECORD_PLACEMENT = "Task_RecordPlacement";
    public static final String TASK_DIBAO_TAPER = "Task_StartDibaoTaper";
    public static final String TASK_REVIEW_CLAIM = "Task_ReviewClaim";
    public static final String TASK_PAY_CLAIM = "Task_PayClaim";
    public static final String TASK_DECIDE_AFTER_EXPIRY = "Task_DecideAfterExpiry";
    public static final String TASK_CONFIRM_EXIT = "Task_ConfirmExit";
    public static final String TASK_PROPOSE_POSTS = "Task_ProposePosts";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePostPlan";
    public static final String TASK_CONFIRM_BUDGET = "Task_ConfirmPlanBudget";

    /** Variables: ids and flags only; personal data stays in wp_application and the registry. */
    public static final String VAR_PERSON_ID = "personId";
    public static final String VAR_UNIT = "grassRootsUnit";
    public static final String VAR_QUARTER = "quarter";
    public static final String VAR_PLACEMENT_RESULT = "placementResult";
    public static final String VAR_ELIGIBILITY = "eligibility";
    public static final String VAR_PLAN_YEAR = "planYear";

    private WelfarePlacementProcess() {
    }
}
