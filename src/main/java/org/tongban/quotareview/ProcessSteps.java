package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.RuleRefusal;

/** The Spring implementation of {@link QuotaReviewSteps}: thin, every rule lives in the service. */
@Component("quotaReviewSteps")
public class ProcessSteps implements QuotaReviewSteps {

    private static final String SYSTEM = "system";

    private final QuotaReviewService service;
    private final QuotaReviewDocuments documents;
    private final QuotaParameters parameters;
    private final ReviewCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    ProcessSteps(QuotaReviewService service, QuotaReviewDocuments documents, QuotaParameters parameters,
            ReviewCalendar calendar, AuditLog audit, Clock clock) {
        this.service = service;
        this.documents = documents;
        this.parameters = parameters;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    private static long reviewId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(QuotaReviewProcess.VAR_REVIEW_ID)).longValue();
    }

    private LocalDate on(Review review) {
        return QuotaParameters.referenceDate(review.getReviewYear());
    }

    @Override
    public void sendReminder(DelegateExecution execution) {
        audit.record(SYSTEM, "QR_REMINDER_SENT", execution.getProcessBusinessKey(), execution.getCurrentActivityId());
    }

    @Override
    public void issueCorrectionNotice(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        String items = execution.getProcessEngineServices().getTaskService()
                .getProcessInstanceComments(execution.getProcessInstanceId()).stream()
                .max(java.util.Comparator.comparing(Comment::getTime)).map(Comment::getFullMessage).orElse(null);
        documents.correction(review, items, SYSTEM);
        service.setStatus(review.getId(), ReviewStatus.RETURNED);
        int days = parameters.integer("common.supplement_days", on(review));
        Date supplementEnds = calendar.applicantDaysAfter(clock.instant(), days);
        Date windowCloses = (Date) execution.getVariable(QuotaReviewProcess.VAR_WINDOW_CLOSES);
        execution.setVariable(QuotaReviewProcess.VAR_SUPPLEMENT_ENDS,
                windowCloses != null && windowCloses.after(supplementEnds) ? windowCloses : supplementEnds);
    }

    @Override
    public void issueNonAcceptance(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        documents.nonAcceptance(review, (String) execution.getVariable("competentBody"), SYSTEM);
        service.setStatus(review.getId(), ReviewStatus.NOT_ACCEPTED);
    }

    @Override
    public void issueAcceptanceNotice(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        documents.acceptance(review, SYSTEM);
        execution.setVariable("acceptedAt", Date.from(clock.instant()));
        service.setStatus(review.getId(), ReviewStatus.IN_REVIEW);
    }

    @Override
    public void treatAsNone(DelegateExecution execution) {
        service.treatAsNone(reviewId(execution));
    }

    @Override
    public void calculateLevy(DelegateExecution execution) {
        long id = reviewId(execution);
        if (service.hasFigures(id)) {
            LevyResult result = service.calculate(id);
            execution.setVariable(QuotaReviewProcess.VAR_FEE_DUE, result.feeDue());
            execution.setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, service.rewardProposed(id));
        } else {
            execution.setVariable(QuotaReviewProcess.VAR_FEE_DUE, false);
            execution.setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, false);
        }
    }

    @Override
    public void issueConfirmation(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        documents.confirmation(review, "ServiceTask_IssueConfirmation", SYSTEM);
        int days = parameters.integer("quota.objection_days", on(review));
        execution.setVariable(QuotaReviewProcess.VAR_OBJECTION_ENDS, calendar.workingDaysAfter(clock.instant(), days));
    }

    @Override
    public void issueRevisedConfirmation(DelegateExecution execution) {
        documents.confirmation(service.get(reviewId(execution)), "ServiceTask_IssueRevisedConfirmation", SYSTEM);
    }

    @Override
    public void setPaymentDeadline(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        int days = parameters.integer("quota.payment_days", on(review));
        execution.setVariable(QuotaReviewProcess.VAR_PAYMENT_DUE, calendar.applicantDaysAfter(clock.instant(), days));
        service.setStatus(review.getId(), ReviewStatus.SETTLEMENT);
        audit.record(SYSTEM, "QR_HANDED_TO_TAX", review.getCaseNumber(), "amount " + review.getFee());
    }

    @Override
    public void issueWarningNotice(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        int days = parameters.integer("quota.warning_days", on(review));
        Date due = calendar.workingDaysAfter(clock.instant(), days);
        execution.setVariable(QuotaReviewProcess.VAR_WARNING_DUE, due);
        LocalDate deadline = LocalDate.ofInstant(due.toInstant(), QuotaReviewService.ZONE).minusDays(1);
        documents.warning(review, deadline, (String) execution.getVariable("warningNote"), SYSTEM);
    }

    @Override
    public void chargeLateFee(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(QuotaReviewProcess.VAR_PAYMENT_DUE);
        LocalDate deadline = LocalDate.ofInstant(due.toInstant(), QuotaReviewService.ZONE).minusDays(1);
        Object paidOn = execution.getVariable("paidOn");
        LocalDate paid = paidOn == null ? LocalDate.now(clock) : LocalDate.parse(paidOn.toString());
        BigDecimal fee = service.chargeLateFee(reviewId(execution), deadline, paid);
        audit.record(SYSTEM, "QR_LATE_FEE", execution.getProcessBusinessKey(), fee.toPlainString());
    }

    @Override
    public void recordCredit(DelegateExecution execution) {
        service.recordCredit(reviewId(execution), "未按期缴纳残疾人就业保障金，经警告逾期仍未缴纳");
    }

    @Override
    public void issueRewardDecision(DelegateExecution execution) {
        Review review = service.get(reviewId(execution));
        String amount = parameters.require("quota.reward_amount", on(review)).value();
        documents.reward(review, amount, SYSTEM);
    }

    @Override
    public void close(DelegateExecution execution) {
        service.close(reviewId(execution));
    }

    @Override
    public void applyInsuranceFindings(DelegateTask task) {
        service.applyInsuranceFindings(reviewId(task), lines((String) task.getVariable("insuranceExceptions")),
                actor(task));
    }

    @Override
    public void certify(DelegateTask task) {
        long id = reviewId(task);
        LevyResult result = service.certify(id, decimal(task.getVariable("correctedHeadcount")),
                decimal(task.getVariable("correctedPayroll")), actor(task));
        task.getExecution().setVariable(QuotaReviewProcess.VAR_FEE_DUE, result.feeDue());
        task.getExecution().setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, service.rewardProposed(id));
    }

    @Override
    public void checkReexaminer(DelegateTask task) {
        Review review = service.get(reviewId(task));
        if (task.getAssignee() != null && task.getAssignee().equals(review.getCertifiedBy())) {
            throw new RuleRefusal("quotareview.error.sameOfficer");
        }
    }

    @Override
    public void reexamine(DelegateTask task) {
        checkReexaminer(task);
        long id = reviewId(task);
        boolean changed = "CHANGED".equals(task.getVariable(QuotaReviewProcess.VAR_REEXAMINATION));
        if (changed) {
            LevyResult result = service.reexamine(id, decimal(task.getVariable("correctedHeadcount")),
                    decimal(task.getVariable("correctedPayroll")), lines((String) task.getVariable("reinstatedLines")),
                    actor(task));
            task.getExecution().setVariable(QuotaReviewProcess.VAR_FEE_DUE, result.feeDue());
            task.getExecution().setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, service.rewardProposed(id));
        }
        audit.record(actor(task), "QR_REEXAMINED", task.getExecution().getProcessBusinessKey(), changed ? "CHANGED" : "UPHELD");
    }

    @Override
    public void decideRelief(DelegateTask task) {
        Object months = task.getVariable("deferralMonths");
        Integer deferral = months == null ? null : ((Number) months).intValue();
        service.grantRelief(reviewId(task), decimal(task.getVariable("reliefAmount")), deferral, actor(task));
        if (deferral != null && deferral > 0) {
            Date due = (Date) task.getVariable(QuotaReviewProcess.VAR_PAYMENT_DUE);
            LocalDate moved = LocalDate.ofInstant(due.toInstant(), QuotaReviewService.ZONE).plusMonths(deferral);
            task.getExecution().setVariable(QuotaReviewProcess.VAR_PAYMENT_DUE, Date.from(moved.atStartOfDay(QuotaReviewService.ZONE).toInstant()));
        }
    }

    private static String actor(DelegateTask task) {
        return task.getAssignee() == null ? SYSTEM : task.getAssignee();
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return new BigDecimal(value.toString().strip());
    }

    static Set<Integer> lines(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }
}
