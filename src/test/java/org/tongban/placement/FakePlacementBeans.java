package org.tongban.placement;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-ins for {@code welfarePlacementSteps} and {@code welfarePlacementTimers} on the in-memory
 * engine: the model's routing is under test here; the beans themselves are tested on Spring.
 * Facts come from variables the test sets; every call is recorded by its method name.
 */
final class FakePlacementBeans {

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();

    final Object steps = new Steps();
    final Object timers = new Timers();

    private static boolean flag(DelegateExecution e, String name, boolean fallback) {
        Object v = e.getVariable(name);
        return v == null ? fallback : Boolean.TRUE.equals(v);
    }

    private static int number(DelegateExecution e, String name, int fallback) {
        Object v = e.getVariable(name);
        return v == null ? fallback : ((Number) v).intValue();
    }

    private static Date inDays(long days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
    }

    public class Steps {
        public void accept(DelegateExecution e) { calls.add("accept"); }
        public void returnForCorrection(DelegateExecution e) { calls.add("returnForCorrection"); }
        public void notAccept(DelegateExecution e) { calls.add("notAccept"); }
        public void withdraw(DelegateExecution e) { calls.add("withdraw"); }
        public void assessFacts(DelegateExecution e) {
            calls.add("assessFacts");
            e.setVariable("cardValid", flag(e, "cardValid", false));
            e.setVariable("workingAge", flag(e, "workingAge", true));
            e.setVariable("hardshipRecognised", flag(e, "hardshipRecognised", false));
            e.setVariable("employed", flag(e, "employed", false));
            e.setVariable("businessOwner", flag(e, "businessOwner", false));
            e.setVariable("placementsSoFar", number(e, "placementsSoFar", 0));
            e.setVariable("cap", 2);
            e.setVariable("previousTermExpired", flag(e, "previousTermExpired", true));
            e.setVariable("specialDifficulty", flag(e, "specialDifficulty", true));
        }
        public void confirmEligibility(DelegateExecution e) { calls.add("confirmEligibility"); }
        public void refuse(DelegateExecution e) {
            calls.add("refuse");
            Object placement = e.getVariable("placementResult");
            e.setVariable("refusalReason", placement != null && !"PLACED".equals(placement) ? placement
                    : flag(e, "objectionUpheld", false) ? "OBJECTION_UPHELD" : e.getVariable("eligibility"));
        }
        public void publishNotice(DelegateExecution e) { calls.add("publishNotice"); }
        public void reservePost(DelegateExecution e) { calls.add("reservePost"); }
        public void place(DelegateExecution e) {
            calls.add("place");
            String result = number(e, "contractMonths", 12) < 12 ? "CONTRACT_TOO_SHORT"
                    : number(e, "placementsSoFar", 0) >= 2 ? "CAP_REACHED"
                    : e.getVariable("forcePlacementResult") != null ? (String) e.getVariable("forcePlacementResult") : "PLACED";
            e.setVariable("placementResult", result);
            if ("PLACED".equals(result)) {
                e.setVariable("quarter", 0);
            }
        }
        public void remindEmployer(DelegateExecution e) { calls.add("remindEmployer"); }
        public void recordClaimReview(DelegateExecution e) { calls.add("recordClaimReview"); }
        public void issuePaymentVoucher(DelegateExecution e) { calls.add("issuePaymentVoucher"); }
        public void warnExpiry(DelegateExecution e) { calls.add("warnExpiry"); }
        public void terminate(DelegateExecution e) { calls.add("terminate"); }
        public boolean replacementPossible(DelegateExecution e) { return number(e, "placementsSoFar", 0) + 1 < 2; }
        public void openNewCase(DelegateExecution e) { calls.add("openNewCase"); }
        public void exitWithReferral(DelegateExecution e) { calls.add("exitWithReferral"); }
        public void approvePostPlan(DelegateExecution e) { calls.add("approvePostPlan"); }
    }

    /** Supplement 30 days, notice 7 days, claim periods of 90 days, reminder 15 days, term of {@code termQuarters}. */
    public class Timers {
        public Date supplementEnds(DelegateExecution e) { return inDays(30); }
        public Date noticeEnds(DelegateExecution e) { return inDays(7); }
        public Date nextQuarterEnd(DelegateExecution e) { return inDays(90); }
        public void quarterEnded(DelegateExecution e) { e.setVariable("quarter", number(e, "quarter", 0) + 1); }
        public Date claimReminder(DelegateExecution e) { return inDays(15); }
        public Date expiryWarning(DelegateExecution e) { return inDays(number(e, "termQuarters", 2) * 90L - 60); }
        public boolean termOver(DelegateExecution e) { return number(e, "quarter", 0) >= number(e, "termQuarters", 2); }
    }
}
