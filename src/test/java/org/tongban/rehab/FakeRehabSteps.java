package org.tongban.rehab;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for {@link RehabSteps} on the in-memory engine: records which steps ended and sets
 * the variables the real bean would (timer dates, outOfArea, serviceFinished), from simple rules.
 */
class FakeRehabSteps implements ExecutionListener {

    static final long DAY = 86_400_000L;

    final List<String> steps = new ArrayList<>();
    long ageingReminderInDays = 3650;
    int paymentsUntilFinished = Integer.MAX_VALUE;
    boolean renewalWanted;

    @Override
    public void notify(DelegateExecution execution) {
        String id = execution.getCurrentActivityId();
        steps.add(id);
        switch (id) {
            case RehabProcess.TASK_CHECK_COMPLETENESS -> {
                if ("INCOMPLETE".equals(execution.getVariable(RehabProcess.VAR_COMPLETENESS))) {
                    execution.setVariable(RehabProcess.VAR_SUPPLEMENT_DEADLINE, in(30));
                }
                if (!execution.hasVariable(RehabProcess.VAR_NEEDS_ASSESSMENT)) {
                    execution.setVariable(RehabProcess.VAR_NEEDS_ASSESSMENT, false);
                }
            }
            case RehabProcess.TASK_CHOOSE_INSTITUTION -> execution.setVariable(RehabProcess.VAR_OUT_OF_AREA,
                    ((String) execution.getVariable(RehabProcess.VAR_INSTITUTION_CODE)).startsWith("RI-XL"));
            case RehabProcess.TASK_SIGN_AGREEMENT -> {
                execution.setVariable(RehabProcess.VAR_NEXT_SETTLEMENT_AT, in(91));
                execution.setVariable(RehabProcess.VAR_RENEWAL_OPENS_AT, in(335));
                execution.setVariable(RehabProcess.VAR_AGEING_REMINDER_AT, in(ageingReminderInDays));
            }
            case RehabProcess.TASK_PAY_INSTITUTION -> {
                paymentsUntilFinished--;
                execution.setVariable(RehabProcess.VAR_SERVICE_FINISHED, paymentsUntilFinished <= 0);
                execution.setVariable(RehabProcess.VAR_NEXT_SETTLEMENT_AT, in(91));
            }
            case RehabProcess.TASK_REVIEW_RENEWAL -> execution.setVariable(RehabProcess.VAR_RENEWAL_OPENS_AT,
                    Boolean.TRUE.equals(execution.getVariable(RehabProcess.VAR_RENEW)) ? in(365) : in(400));
            case RehabProcess.EVENT_ABSENCE_REPORTED -> execution.setVariable(RehabProcess.VAR_SUSPENSION_ENDS_AT, in(30));
            case RehabProcess.EVENT_SUSPENSION_EXPIRED -> execution.setVariable(RehabProcess.VAR_STOP_REASON, "ABSENT");
            case RehabProcess.TASK_AGEING_OUT -> execution.setVariable(RehabProcess.VAR_AGEING_REMINDER_AT, in(3650));
            default -> {
            }
        }
    }

    private static Date in(long days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
    }
}
