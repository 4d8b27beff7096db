package org.tongban.quotareview;

/** The process key, element ids, messages and variable names of {@code quota-review.bpmn}. */
public final class QuotaReviewProcess {

    public static final String KEY = "quota-review";
    public static final String CASE_PREFIX = "QR";

    public static final String MESSAGE_DECLARED = "QuotaReviewDeclared";
    public static final String MESSAGE_OBJECTION = "QuotaReviewObjection";

    public static final String RECEIVE_DECLARATION = "ReceiveTask_AwaitDeclaration";
    public static final String RECEIVE_SUPPLEMENT = "ReceiveTask_AwaitSupplement";
    public static final String TASK_CHECK = "Task_CheckDeclaration";
    public static final String TASK_VERIFY = "Task_VerifySocialInsurance";
    public static final String TASK_CERTIFY = "Task_CertifyReview";
    public static final String TASK_REEXAMINE = "Task_ReexamineReview";
    public static final String TASK_HAND_OVER = "Task_HandOverToTax";
    public static final String TASK_RELIEF = "Task_DecideRelief";
    public static final String TASK_COLLECT = "Task_CollectLevy";
    public static final String TASK_WARN = "Task_IssueWarning";
    public static final String TASK_LATE_PAYMENT = "Task_ConfirmLatePayment";
    public static final String TASK_REVIEW_REWARD = "Task_ReviewReward";
    public static final String TASK_PAY_REWARD = "Task_PayReward";

    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_WINDOW_CLOSES = "windowClosesAt";
    public static final String VAR_REMINDER_FIRST = "firstReminderAt";
    public static final String VAR_REMINDER_SECOND = "secondReminderAt";
    public static final String VAR_SUPPLEMENT_ENDS = "supplementEndsAt";
    public static final String VAR_OBJECTION_ENDS = "objectionEndsAt";
    public static final String VAR_PAYMENT_DUE = "paymentDueAt";
    public static final String VAR_WARNING_DUE = "warningDueAt";
    public static final String VAR_FEE_DUE = "feeDue";
    public static final String VAR_REWARD_PROPOSED = "rewardProposed";
    public static final String VAR_RELIEF_REQUESTED = "reliefRequested";
    public static final String VAR_RETURNED = "returned";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_PAID = "paid";
    public static final String VAR_REEXAMINATION = "reexaminationOutcome";
    public static final String VAR_REWARD_APPROVED = "rewardApproved";

    private QuotaReviewProcess() {
    }
}
