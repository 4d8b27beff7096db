package org.tongban.rehab;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The bridge from {@code rehab-rescue.bpmn} to the case ({@code ${rehabSteps}}): when a step ends,
 * the case is updated in the engine's transaction and the dates the timers wait for are set.
 * Variables carry ids, flags, codes and amounts only.
 */
@Component("rehabSteps")
class RehabSteps implements ExecutionListener {

    private final RehabCaseWork work;

    RehabSteps(RehabCaseWork work) {
        this.work = work;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        String user = user(execution);
        switch (execution.getCurrentActivityId()) {
            case RehabProcess.TASK_CHECK_COMPLETENESS -> completeness(execution, caseNumber, user);
            case RehabProcess.END_WITHDRAWN -> work.withdrawn(caseNumber, false);
            case RehabProcess.END_TREATED_WITHDRAWN -> work.withdrawn(caseNumber, true);
            case RehabProcess.TASK_DECIDE -> work.decide(caseNumber, flag(execution, RehabProcess.VAR_APPROVED),
                    (String) execution.getVariable(RehabProcess.VAR_REFUSAL_REASON), user);
            case RehabProcess.TASK_CHOOSE_INSTITUTION -> execution.setVariable(RehabProcess.VAR_OUT_OF_AREA,
                    work.chooseInstitution(caseNumber, (String) execution.getVariable(RehabProcess.VAR_INSTITUTION_CODE)));
            case RehabProcess.TASK_SIGN_AGREEMENT -> {
                work.signAgreement(caseNumber, (String) execution.getVariable(RehabProcess.VAR_INSTITUTION_CODE), user);
                execution.setVariable(RehabProcess.VAR_NEXT_SETTLEMENT_AT, work.nextSettlement(caseNumber));
                execution.setVariable(RehabProcess.VAR_RENEWAL_OPENS_AT, work.renewalOpens(caseNumber));
                execution.setVariable(RehabProcess.VAR_AGEING_REMINDER_AT, work.ageingReminder(caseNumber, false));
            }
            case RehabProcess.TASK_REVIEW_BILL -> work.reviewBill(caseNumber, amount(execution, "billedAmount"),
                    amount(execution, "approvedAmount"), amount(execution, RehabProcess.VAR_INSURED_AMOUNT), user);
            case RehabProcess.TASK_PAY_INSURED -> work.insuredPaid(caseNumber, user);
            case RehabProcess.TASK_PAY_INSTITUTION -> {
                boolean finished = work.paid(caseNumber, user);
                execution.setVariable(RehabProcess.VAR_SERVICE_FINISHED, finished);
                if (!finished) {
                    execution.setVariable(RehabProcess.VAR_NEXT_SETTLEMENT_AT, work.nextSettlement(caseNumber));
                }
            }
            case RehabProcess.TASK_REVIEW_RENEWAL -> {
                boolean renewed = work.renew(caseNumber, flag(execution, RehabProcess.VAR_RENEW), user);
                execution.setVariable(RehabProcess.VAR_RENEW, renewed);
                // Not renewed: the last settlement at the period's end closes the case before this date.
                execution.setVariable(RehabProcess.VAR_RENEWAL_OPENS_AT, renewed ? work.renewalOpens(caseNumber)
                        : new java.util.Date(work.nextSettlement(caseNumber).getTime() + 86_400_000L * 2));
            }
            case RehabProcess.TASK_AGEING_OUT -> execution.setVariable(RehabProcess.VAR_AGEING_REMINDER_AT,
                    work.ageingReminder(caseNumber, true));
            case RehabProcess.TASK_REVIEW_CHANGE -> {
                if (flag(execution, RehabProcess.VAR_CHANGE_APPROVED)) {
                    work.endForChange(caseNumber, user);
                }
            }
            case RehabProcess.TASK_TERMINATE -> work.terminate(caseNumber,
                    (String) execution.getVariable(RehabProcess.VAR_STOP_REASON), user);
            case RehabProcess.END_SERVICE_ENDED -> work.serviceEnded(caseNumber, user);
            case RehabProcess.EVENT_AGEING_REMINDER -> work.remindAgeingOut(caseNumber);
            case RehabProcess.EVENT_ABSENCE_REPORTED -> execution.setVariable(RehabProcess.VAR_SUSPENSION_ENDS_AT,
                    work.suspend(caseNumber, (String) execution.getVariable(RehabProcess.VAR_ABSENT_SINCE), user));
            case RehabProcess.EVENT_SUSPENSION_EXPIRED -> execution.setVariable(RehabProcess.VAR_STOP_REASON,
                    RehabEnums.EndReason.ABSENT.name());
            case RehabProcess.EVENT_ATTENDANCE_RESUMED -> work.resume(caseNumber, user);
            default -> throw new IllegalStateException("rehabSteps is not wired to " + execution.getCurrentActivityId());
        }
    }

    private void completeness(DelegateExecution execution, String caseNumber, String user) {
        String outcome = (String) execution.getVariable(RehabProcess.VAR_COMPLETENESS);
        switch (outcome) {
            case "COMPLETE" -> work.accept(caseNumber, user);
            case "INCOMPLETE" -> execution.setVariable(RehabProcess.VAR_SUPPLEMENT_DEADLINE,
                    work.returnForCorrection(caseNumber, (String) execution.getVariable("missingMaterials"), user));
            case "OUT_OF_SCOPE" -> work.notAccepted(caseNumber, (String) execution.getVariable("outOfScopeReason"), user);
            default -> throw new IllegalStateException("Unknown completeness outcome " + outcome);
        }
        if (!execution.hasVariable(RehabProcess.VAR_NEEDS_ASSESSMENT)) {
            execution.setVariable(RehabProcess.VAR_NEEDS_ASSESSMENT, false);
        }
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    private static BigDecimal amount(DelegateExecution execution, String name) {
        Object v = execution.getVariable(name);
        return v instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO;
    }

    private static String user(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
    }
}
