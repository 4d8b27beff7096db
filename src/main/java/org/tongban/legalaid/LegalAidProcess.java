package org.tongban.legalaid;

/** The process key, element ids, messages and variable names of {@code legal-aid.bpmn}. */
public final class LegalAidProcess {

    public static final String KEY = "legal-aid";
    public static final String CASE_PREFIX = "LA";

    public static final String TASK_SEND_DEFENCE_NOTICE = "Task_SendDefenceNotice";
    public static final String TASK_FORWARD_CUSTODY_REQUEST = "Task_ForwardCustodyRequest";
    public static final String TASK_TRANSFER_FROM_STATION = "Task_TransferFromStation";
    public static final String TASK_CHECK_APPLICATION = "Task_CheckApplication";
    public static final String TASK_RECEIVE_SUPPLEMENT = "Task_ReceiveSupplement";
    public static final String TASK_PROVIDE_URGENT_AID = "Task_ProvideUrgentAid";
    public static final String TASK_CONFIRM_SOCIAL_ASSISTANCE = "Task_ConfirmSocialAssistance";
    public static final String TASK_APPLY_MEANS_TEST = "Task_ApplyMeansTest";
    public static final String TASK_DECIDE_APPLICATION = "Task_DecideApplication";
    public static final String TASK_ASSIGN_LAWYER = "Task_AssignLawyer";
    public static final String TASK_SUPERVISE_HANDLING = "Task_SuperviseHandling";
    public static final String TASK_RECEIVE_CLOSING_MATERIALS = "Task_ReceiveClosingMaterials";
    public static final String TASK_REVIEW_CLOSING = "Task_ReviewClosing";
    public static final String TASK_PAY_SUBSIDY = "Task_PaySubsidy";
    public static final String TASK_DECIDE_OBJECTION = "Task_DecideObjection";
    public static final String TASK_INVESTIGATE_COMPLAINT = "Task_InvestigateComplaint";
    public static final String TASK_CHANGE_LAWYER = "Task_ChangeLawyer";

    public static final String END_CLOSED = "EndEvent_CaseClosed";
    public static final String END_TRANSFERRED = "EndEvent_Transferred";
    public static final String END_WITHDRAWN = "EndEvent_TreatedAsWithdrawn";
    public static final String END_DECISION_FINAL = "EndEvent_DecisionFinal";
    public static final String END_DECISION_UPHELD = "EndEvent_DecisionUpheld";
    public static final String END_FORWARDING_ESCALATED = "EndEvent_ForwardingEscalated";
    public static final String END_DECISION_REMINDER = "EndEvent_DecisionReminderSent";
    public static final String END_DECISION_ESCALATED = "EndEvent_DecisionEscalated";
    public static final String END_ASSIGNMENT_ESCALATED = "EndEvent_AssignmentEscalated";
    public static final String END_OBJECTION_ESCALATED = "EndEvent_ObjectionEscalated";
    public static final String END_COMPLAINT_ANSWERED = "EndEvent_ComplaintAnswered";
    public static final String END_LAWYER_CHANGED = "EndEvent_LawyerChanged";

    public static final String MESSAGE_OBJECTION = "LegalAidObjectionLodged";
    public static final String MESSAGE_COMPLAINT = "LegalAidComplaintLodged";

    // variables set at the start (ids, codes, flags and dates only; never facts or income)
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_FORWARDING_AGENCY = "forwardingAgency";
    public static final String VAR_RECEIVED_AT = "receivedAt";
    public static final String VAR_CUSTODY_REQUEST_AT = "custodyRequestAt";
    public static final String VAR_URGENT = "urgent";
    public static final String VAR_ASSISTANCE_CLAIMED = "assistanceClaimed";
    public static final String VAR_MANDATORY_DEFENCE = "mandatoryDefence";
    public static final String VAR_NO_MEANS_TEST_MATTER = "noMeansTestMatter";
    public static final String VAR_EXEMPT_GROUP = "exemptGroup";
    public static final String VAR_SOCIAL_ASSISTANCE_CONFIRMED = "socialAssistanceConfirmed";
    public static final String VAR_WITHIN_MEANS_THRESHOLD = "withinMeansThreshold";
    // set by tasks and the decision table
    public static final String VAR_INTAKE_OUTCOME = "intakeOutcome";
    public static final String VAR_MEANS_OUTCOME = "meansOutcome";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_DECIDED_BY = "decidedBy";
    public static final String VAR_HANDLING_OUTCOME = "handlingOutcome";
    public static final String VAR_OBJECTION_OUTCOME = "objectionOutcome";
    public static final String VAR_CHANGE_LAWYER = "changeLawyer";
    public static final String VAR_ASSIGNED_WORKER = "assignedWorker";

    private LegalAidProcess() {
    }
}
