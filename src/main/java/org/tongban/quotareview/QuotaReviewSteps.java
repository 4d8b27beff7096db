package org.tongban.quotareview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The automatic steps and task listeners of {@code quota-review.bpmn}, called from the model as
 * {@code ${quotaReviewSteps.<method>(execution)}}. Process tests register a fake of this interface.
 */
public interface QuotaReviewSteps {

    void sendReminder(DelegateExecution execution);

    void issueCorrectionNotice(DelegateExecution execution);

    void issueNonAcceptance(DelegateExecution execution);

    void issueAcceptanceNotice(DelegateExecution execution);

    void treatAsNone(DelegateExecution execution);

    /** Sets {@code feeDue} and {@code rewardProposed}. */
    void calculateLevy(DelegateExecution execution);

    /** Sets {@code objectionEndsAt}. */
    void issueConfirmation(DelegateExecution execution);

    void issueRevisedConfirmation(DelegateExecution execution);

    /** Sets {@code paymentDueAt}. */
    void setPaymentDeadline(DelegateExecution execution);

    /** Sets {@code warningDueAt}. */
    void issueWarningNotice(DelegateExecution execution);

    void chargeLateFee(DelegateExecution execution);

    void recordCredit(DelegateExecution execution);

    void issueRewardDecision(DelegateExecution execution);

    /** Process end: the review's status becomes CLOSED (a refusal to accept stays NOT_ACCEPTED). */
    void close(DelegateExecution execution);

    void applyInsuranceFindings(DelegateTask task);

    /** Sets {@code feeDue} and {@code rewardProposed} from the certified figures. */
    void certify(DelegateTask task);

    /** Refuses the certifying officer as re-examiner. */
    void checkReexaminer(DelegateTask task);

    void reexamine(DelegateTask task);

    /** May move {@code paymentDueAt} by the deferral. */
    void decideRelief(DelegateTask task);
}
