package org.tongban.retrofit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-ins for {@code retrofitSteps} and {@code retrofitTimers} on the in-memory engine: the
 * model's routing is under test here, the real beans on Spring. The eligibility stand-in reads the
 * agencies' answers as the real rules do; {@code gradeOk} stands for the registry's card check.
 */
final class FakeRetrofitBeans {

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    final Object steps = new Steps();
    final Object timers = new Timers();

    private static boolean flag(DelegateExecution e, String name) {
        return Boolean.TRUE.equals(e.getVariable(name));
    }

    public class Steps {
        public void accept(DelegateExecution e) { calls.add("accept"); }
        public void notAccept(DelegateExecution e) { calls.add("notAccept"); }
        public void returnForCorrection(DelegateExecution e) {
            calls.add("returnForCorrection");
            e.setVariable("returned", false);
            e.setVariable("supplementDueAt", new Date(ClockUtil.getCurrentTime().getTime() + 30 * DAY));
        }
        public void treatAsWithdrawn(DelegateExecution e) { calls.add("treatAsWithdrawn"); }
        public void assessEligibility(DelegateExecution e) {
            calls.add("assessEligibility");
            String reason = e.getVariable("gradeOk") == Boolean.FALSE ? "GRADE"
                    : "NONE".equals(e.getVariable("hardshipCategory")) ? "NOT_HARDSHIP"
                    : flag(e, "elderlyAdaptationFound") ? "ALREADY_RETROFITTED"
                    : !flag(e, "homeAdaptable") || !flag(e, "needConfirmed") ? "HOME_UNSUITABLE" : null;
            e.setVariable("eligible", reason == null);
            e.setVariable("refusalReason", reason);
        }
        public void refuse(DelegateExecution e) {
            calls.add("refuse");
            if (flag(e, "objectionUpheld")) {
                e.setVariable("refusalReason", "OBJECTION_UPHELD");
            }
        }
        public void publishNotice(DelegateExecution e) {
            calls.add("publishNotice");
            e.setVariable("noticeEndsAt", new Date(ClockUtil.getCurrentTime().getTime() + 7 * DAY));
        }
        public void assessmentDone(DelegateExecution e) { calls.add("assessmentDone"); }
        public void withdraw(DelegateExecution e) { calls.add("withdraw"); }
        public void worksCompleted(DelegateExecution e) { calls.add("worksCompleted"); }
        public void recordInspection(DelegateExecution e) {
            calls.add("recordInspection");
            Object round = e.getVariable("inspectionRound");
            e.setVariable("inspectionRound", round == null ? 1 : ((Number) round).intValue() + 1);
        }
        public void recordAcceptance(DelegateExecution e) {
            calls.add("recordAcceptance");
            e.setVariable("inspectionPassedAt", ClockUtil.getCurrentTime());
        }
        public void close(DelegateExecution e) { calls.add("close"); }
        public void terminate(DelegateExecution e) { calls.add("terminate"); }
    }

    public class Timers {
        public Date supplementEnds(DelegateExecution e) { return (Date) e.getVariable("supplementDueAt"); }
        public Date noticeEnds(DelegateExecution e) { return (Date) e.getVariable("noticeEndsAt"); }
    }
}
