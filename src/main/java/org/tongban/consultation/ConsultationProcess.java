package org.tongban.consultation;

/** The process key, element ids and variable names of {@code consultation-referral.bpmn}. */
public final class ConsultationProcess {

    public static final String KEY = "consultation-referral";
    public static final String TASK_ANSWER = "Task_AnswerConsultation";
    public static final String TASK_GIVE_OPINION = "Task_GiveOpinion";
    public static final String VAR_COOPERATING_AGENCY = "cooperatingAgency";
    public static final String VAR_AGENCY = "agencyCode";
    public static final String VAR_TOPIC = "topic";

    private ConsultationProcess() {
    }
}
