package org.tongban.quotareview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseNumbers;
import org.tongban.inbox.RuleRefusal;
import org.tongban.people.CertificateNumber;
import org.tongban.people.PeopleRegistry;

/**
 * The quota review's invariants: the only code that starts or messages {@code quota-review}. A
 * declaration judges every employee against the registry and the counting rules and claims each
 * counted person for the year, so one person is counted by one employer only.
 */
@Service
public class QuotaReviewService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final EmployerRepository employers;
    private final ReviewRepository reviews;
    private final CountedPersons counted;
    private final PeopleRegistry people;
    private final EmployerRegistry registry;
    private final QuotaParameters parameters;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    QuotaReviewService(RuntimeService runtime, CaseNumbers caseNumbers, EmployerRepository employers,
            ReviewRepository reviews, CountedPersons counted, PeopleRegistry people, EmployerRegistry registry,
            QuotaParameters parameters,
            AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.employers = employers;
        this.reviews = reviews;
        this.counted = counted;
        this.people = people;
        this.registry = registry;
        this.parameters = parameters;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts the review of one employer for a year, unless it already has one (a campaign may be
     * resumed). Returns the case number.
     */
    @Transactional
    public String startReview(long employerId, int reviewYear, LocalDate windowCloses, String actor) {
        Optional<Review> existing = reviews.findByEmployerIdAndReviewYear(employerId, reviewYear);
        if (existing.isPresent()) {
            return existing.get().getCaseNumber();
        }
        Employer employer = employers.findById(employerId).orElseThrow();
        Review review = reviews.save(new Review(caseNumbers.next(QuotaReviewProcess.CASE_PREFIX), employer, reviewYear));
        LocalDate on = QuotaParameters.referenceDate(reviewYear);
        String[] reminders = parameters.require("quota.reminder_days", on).value().split(",");
        Map<String, Object> variables = new HashMap<>();
        variables.put(QuotaReviewProcess.VAR_REVIEW_ID, review.getId());
        variables.put(QuotaReviewProcess.VAR_WINDOW_CLOSES, endOfDay(windowCloses));
        variables.put(QuotaReviewProcess.VAR_REMINDER_FIRST, reminderDate(windowCloses, reminders[0]));
        variables.put(QuotaReviewProcess.VAR_REMINDER_SECOND, reminderDate(windowCloses, reminders[reminders.length - 1]));
        variables.put(QuotaReviewProcess.VAR_RELIEF_REQUESTED, false);
        runtime.startProcessInstanceByKey(QuotaReviewProcess.KEY, review.getCaseNumber(), variables);
        audit.record(actor, "QR_REVIEW_STARTED", review.getCaseNumber(), "employer " + employerId);
        return review.getCaseNumber();
    }

    /**
     * Takes a declaration (online or at the window) for a review waiting for one, judges each
     * employee and claims the counted ones. A concurrent declaration counting the same person
     * loses in the database and is judged again, finding the person {@code COUNTED_ELSEWHERE}.
     *
     * @throws InvalidDeclarationException for bad input; nothing is written
     * @throws IllegalStateException       when the review takes no declaration now (window closed, under review)
     */
    public DeclarationReceipt declare(String caseNumber, Declaration declaration, Review.Channel channel, String actor) {
        return declare(caseNumber, declaration, channel, actor, null);
    }

    /**
     * As {@link #declare(String, Declaration, Review.Channel, String)}, once per idempotency key:
     * asking again with a key already used answers the receipt of that first declaration, marked
     * as a replay, and writes nothing.
     */
    public DeclarationReceipt declare(String caseNumber, Declaration declaration, Review.Channel channel, String actor,
            String idempotencyKey) {
        List<DeclarationProblem> problems = DeclarationValidator.problems(declaration, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidDeclarationException(problems);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return newTransaction.execute(s -> declareOnce(caseNumber, declaration, channel, actor, idempotencyKey));
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private DeclarationReceipt declareOnce(String caseNumber, Declaration d, Review.Channel channel, String actor,
            String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<String> earlier = jdbc.queryForList("select case_number from qr_idempotency where idem_key = ?",
                    String.class, idempotencyKey).stream().findFirst();
            if (earlier.isPresent()) {
                Review first = reviews.findByCaseNumber(earlier.get()).orElseThrow();
                DeclarationReceipt r = receipt(first);
                return new DeclarationReceipt(r.caseNumber(), r.roster(), r.weightedCount(), true);
            }
            jdbc.update("insert into qr_idempotency (idem_key, case_number, created_at) values (?, ?, ?)", idempotencyKey,
                    caseNumber, LocalDateTime.now(clock));
        }
        Review review = reviews.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("No review " + caseNumber));
        if (review.getStatus() != ReviewStatus.AWAITING_DECLARATION && review.getStatus() != ReviewStatus.RETURNED) {
            throw new IllegalStateException("Review " + caseNumber + " takes no declaration in " + review.getStatus());
        }
        review.declare(channel, d.headcount(), d.payroll(), d.reliefRequested(),
                d.reliefReason() == null ? null : d.reliefReason().strip(), LocalDateTime.now(clock));
        for (RosterLine line : d.roster()) {
            review.addEntry(new RosterEntry(review, null, normalised(line)));
        }
        judgeRoster(review);
        reviews.saveAndFlush(review);
        try {
            runtime.createMessageCorrelation(QuotaReviewProcess.MESSAGE_DECLARED).processInstanceBusinessKey(caseNumber)
                    .setVariable(QuotaReviewProcess.VAR_RELIEF_REQUESTED, d.reliefRequested()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException("Review " + caseNumber + " is not waiting for a declaration", e);
        }
        audit.record(actor, "QR_DECLARED", caseNumber, channel + ", " + d.roster().size() + " employee(s)");
        return receipt(review);
    }

    private static RosterLine normalised(RosterLine l) {
        return new RosterLine(l.cardKind(), l.cardNumber().strip().toUpperCase(), l.veteranGrade(), l.permanentStaff(),
                l.contractMonths(), l.monthsEmployed(), l.annualWage(), l.insuranceFull(), l.innerMongoliaHukou());
    }

    DeclarationReceipt receipt(Review review) {
        List<DeclarationReceipt.Verdict> verdicts = new ArrayList<>();
        int n = 1;
        for (RosterEntry e : review.getRoster()) {
            verdicts.add(new DeclarationReceipt.Verdict(n++, e.maskedCardNumber(), e.getWeight(), e.getExclusion()));
        }
        return new DeclarationReceipt(review.getCaseNumber(), verdicts, weightedCount(review), false);
    }

    /** Judges every entry and claims the counted persons; entries counted elsewhere are excluded. */
    void judgeRoster(Review review) {
        counted.releaseAll(review.getId());
        int year = review.getReviewYear();
        RosterRules.Rules rules = parameters.counting(year);
        for (RosterEntry entry : review.getRoster()) {
            if (entry.getExclusion() == ExclusionReason.COUNTED_ELSEWHERE
                    && counted.holder(year, entry.personKey()).filter(id -> !id.equals(review.getId())).isPresent()) {
                continue;
            }
            RosterRules.Verdict verdict = RosterRules.judge(entry.line(), holder(entry), rules, year - 1);
            if (verdict.counted()) {
                Optional<Long> other = counted.holder(year, entry.personKey());
                if (other.isPresent() && !other.get().equals(review.getId())) {
                    verdict = RosterRules.Verdict.excluded(ExclusionReason.COUNTED_ELSEWHERE);
                } else {
                    counted.claim(year, entry.personKey(), review.getId());
                }
            }
            entry.judge(verdict.weight(), verdict.reason());
        }
    }

    private Optional<RosterRules.Holder> holder(RosterEntry entry) {
        String id = entry.personKey();
        LocalDate birth = LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        boolean male = (id.charAt(16) - '0') % 2 == 1;
        if (entry.getCardKind() == CardKind.VETERAN) {
            return Optional.of(new RosterRules.Holder(id, birth, male, null, 0, true));
        }
        CertificateNumber card = CertificateNumber.parse(entry.line().cardNumber(), LocalDate.now(clock)).number();
        return people.findByIdNumber(id).map(p -> {
            boolean valid = p.validCard().filter(c -> c.getCardNumber().equals(card.value())).isPresent();
            return new RosterRules.Holder(id, birth, male, card.category(), card.grade(), valid);
        });
    }

    static BigDecimal weightedCount(Review review) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RosterEntry e : review.getRoster()) {
            sum = sum.add(e.contribution(), MathContext.DECIMAL128);
        }
        return sum.stripTrailingZeros().scale() < 0 ? sum.setScale(0) : sum.stripTrailingZeros();
    }

    /** No declaration by the close (or after a return): 视为未安排, D = 0, figures from the history. */
    @Transactional
    public void treatAsNone(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        counted.releaseAll(reviewId);
        int figureYear = review.getReviewYear() - 1;
        var known = registry.headcountHistory(review.getEmployer().getId()).stream()
                .filter(h -> h.figureYear() == figureYear).findFirst();
        review.treatAsNone(known.map(EmployerRegistry.Headcount::headcount).orElse(null),
                known.map(EmployerRegistry.Headcount::payroll).orElse(null));
        audit.record("system", "QR_TREATED_AS_NONE", review.getCaseNumber(), "no declaration by the close");
    }

    /** HRSS's 协查: the entries (1-based line numbers) whose social insurance was not paid in full. */
    @Transactional
    public void applyInsuranceFindings(long reviewId, Set<Integer> notPaidInFull, String actor) {
        Review review = reviews.findById(reviewId).orElseThrow();
        List<RosterEntry> roster = review.getRoster();
        for (int i = 0; i < roster.size(); i++) {
            roster.get(i).confirmInsurance(!notPaidInFull.contains(i + 1));
        }
        judgeRoster(review);
        audit.record(actor, "QR_HRSS_FINDINGS", review.getCaseNumber(), notPaidInFull.size() + " not paid in full");
    }

    /** Applies the formula with the parameters of the review year and stores the figures and row ids. */
    @Transactional
    public LevyResult calculate(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        LevyParameters p = parameters.levy(review.getReviewYear());
        BigDecimal d = weightedCount(review);
        if (review.getHeadcount() == null || review.getPayroll() == null) {
            throw new IllegalStateException("Review " + review.getCaseNumber() + " has no headcount or payroll yet");
        }
        LevyResult result = LevyCalculator.calculate(review.getEmployer().getKind(), review.getHeadcount(),
                review.getPayroll(), d, p);
        review.applyLevy(d, result, p.parameterIds());
        if (review.getStatus() == ReviewStatus.SUBMITTED) {
            review.setStatus(ReviewStatus.IN_REVIEW);
        }
        return result;
    }

    /** Whether the figures are known (a treated-as-none review may lack them until certification). */
    @Transactional(readOnly = true)
    public boolean hasFigures(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        return review.getHeadcount() != null && review.getPayroll() != null;
    }

    /**
     * The certifying officer's 审核认定: corrected figures (null: keep), then the levy again.
     * Returns the result.
     */
    @Transactional
    public LevyResult certify(long reviewId, BigDecimal correctedHeadcount, BigDecimal correctedPayroll, String officer) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.correctFigures(correctedHeadcount, correctedPayroll);
        LevyResult result = calculate(reviewId);
        review.certify(officer, LocalDateTime.now(clock));
        audit.record(officer, "QR_CERTIFIED", review.getCaseNumber(), "fee " + result.fee() + ", tier " + result.tier());
        return result;
    }

    /** Whether a fee-free review goes to the reward branch: eligible, rewards switched on, every condition met. */
    @Transactional(readOnly = true)
    public boolean rewardProposed(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        Employer employer = review.getEmployer();
        boolean rewardsOn = parameters.find("quota.reward_amount", QuotaParameters.referenceDate(review.getReviewYear()))
                .isPresent();
        boolean hukou = review.getRoster().stream().filter(RosterEntry::counted).allMatch(RosterEntry::isInnerMongoliaHukou);
        return rewardsOn && review.isRewardEligible() && review.getFee() != null && review.getFee().signum() == 0
                && !employer.isBudgetFunded() && !employer.isVatRefundUnit() && hukou;
    }

    /** The employer asks for 复核 within the objection period. */
    @Transactional
    public void fileObjection(String caseNumber, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An objection needs a reason");
        }
        try {
            runtime.createMessageCorrelation(QuotaReviewProcess.MESSAGE_OBJECTION).processInstanceBusinessKey(caseNumber)
                    .setVariable("objectionReason", reason.strip()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException("Review " + caseNumber + " takes no objection now", e);
        }
        audit.record(actor, "QR_OBJECTION_FILED", caseNumber, "复核");
    }

    /** Approves a reduction (≤ one year's levy) and/or a deferral (≤ the deferral cap). */
    @Transactional
    public void grantRelief(long reviewId, BigDecimal reduction, Integer deferralMonths, String actor) {
        Review review = reviews.findById(reviewId).orElseThrow();
        LocalDate on = QuotaParameters.referenceDate(review.getReviewYear());
        BigDecimal maxReduction = review.getFee().multiply(parameters.require("quota.relief_max_years", on).decimal());
        int maxMonths = parameters.integer("quota.deferral_max_months", on);
        if (reduction != null && (reduction.signum() < 0 || reduction.compareTo(maxReduction) > 0)) {
            throw new ReliefOutOfBoundsException("quotareview.error.reductionCap", maxReduction.toPlainString());
        }
        if (deferralMonths != null && (deferralMonths < 0 || deferralMonths > maxMonths)) {
            throw new ReliefOutOfBoundsException("quotareview.error.deferralCap", maxMonths);
        }
        review.grantRelief(reduction, deferralMonths);
        audit.record(actor, "QR_RELIEF_DECIDED", review.getCaseNumber(), "reduction " + reduction + ", deferral " + deferralMonths);
    }

    /** lateFee = unpaid × late_fee_daily × days from the day after the payment deadline to the payment. */
    @Transactional
    public BigDecimal chargeLateFee(long reviewId, LocalDate paymentDeadline, LocalDate paidOn) {
        Review review = reviews.findById(reviewId).orElseThrow();
        BigDecimal rate = parameters.require("quota.late_fee_daily", QuotaParameters.referenceDate(review.getReviewYear()))
                .decimal();
        BigDecimal fee = LevyCalculator.lateFee(review.amountDue(), rate, ChronoUnit.DAYS.between(paymentDeadline, paidOn));
        review.chargeLateFee(fee);
        return fee;
    }

    /** 复核 changed the result: corrected figures and reinstated lines, then the levy again. */
    @Transactional
    public LevyResult reexamine(long reviewId, BigDecimal correctedHeadcount, BigDecimal correctedPayroll,
            Set<Integer> reinstatedLines, String officer) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.correctFigures(correctedHeadcount, correctedPayroll);
        List<RosterEntry> roster = review.getRoster();
        for (Integer line : reinstatedLines) {
            if (line >= 1 && line <= roster.size()) {
                roster.get(line - 1).confirmInsurance(true);
            }
        }
        judgeRoster(review);
        LevyResult result = calculate(reviewId);
        audit.record(officer, "QR_REEXAMINATION_CHANGED", review.getCaseNumber(), "fee " + result.fee());
        return result;
    }

    /** A credit-record entry for an employer that did not pay after the warning (city plan 四(一)1). */
    @Transactional
    public void recordCredit(long reviewId, String reason) {
        Review review = reviews.findById(reviewId).orElseThrow();
        String grade = parameters.require("quota.credit_grade", QuotaParameters.referenceDate(review.getReviewYear())).value();
        jdbc.update("insert into qr_credit_record (employer_id, review_id, grade, reason, recorded_at) values (?, ?, ?, ?, ?)",
                review.getEmployer().getId(), reviewId, grade, reason, LocalDateTime.now(clock));
        audit.record("system", "QR_CREDIT_RECORDED", review.getCaseNumber(), grade);
    }

    /** Credit-record entries of an employer: grade and reason. */
    @Transactional(readOnly = true)
    public List<String> creditRecords(long employerId) {
        return jdbc.queryForList("select grade || ': ' || reason from qr_credit_record where employer_id = ? order by id",
                String.class, employerId);
    }

    /** The 残工委 member units and whether each reached the ratio in its latest certified review. */
    @Transactional(readOnly = true)
    public List<MemberUnitStanding> memberUnits() {
        List<MemberUnitStanding> out = new ArrayList<>();
        for (Employer e : employers.findAll(org.springframework.data.domain.Sort.by("name"))) {
            if (!e.isCommitteeMember()) {
                continue;
            }
            Optional<Review> latest = reviews.findByEmployerIdOrderByReviewYearDesc(e.getId()).stream()
                    .filter(r -> r.getCertifiedAt() != null).findFirst();
            out.add(latest.map(r -> new MemberUnitStanding(e.getName(), e.getKind(), r.getReviewYear(), r.getRequiredCount(),
                    r.getWeightedCount(), r.getWeightedCount().compareTo(r.getRequiredCount()) >= 0))
                    .orElse(new MemberUnitStanding(e.getName(), e.getKind(), null, null, null, null)));
        }
        return out;
    }

    @Transactional
    public void close(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        if (review.getStatus() != ReviewStatus.NOT_ACCEPTED) {
            review.setStatus(ReviewStatus.CLOSED);
        }
    }

    @Transactional
    public void setStatus(long reviewId, ReviewStatus status) {
        reviews.findById(reviewId).orElseThrow().setStatus(status);
    }

    @Transactional(readOnly = true)
    public Optional<Review> find(String caseNumber) {
        return reviews.findByCaseNumber(caseNumber).map(r -> {
            r.getRoster().size();
            r.getEmployer().getName();
            return r;
        });
    }

    @Transactional(readOnly = true)
    public Review get(long reviewId) {
        Review r = reviews.findById(reviewId).orElseThrow();
        r.getRoster().size();
        r.getEmployer().getName();
        return r;
    }

    @Transactional(readOnly = true)
    public Optional<Review> findForEmployer(long employerId, int reviewYear) {
        return reviews.findByEmployerIdAndReviewYear(employerId, reviewYear);
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private static Date reminderDate(LocalDate windowCloses, String daysBefore) {
        return Date.from(windowCloses.minusDays(Long.parseLong(daysBefore.strip())).atTime(9, 0).atZone(ZONE).toInstant());
    }

    /** Relief beyond the caps of 72号 第17条. */
    public static class ReliefOutOfBoundsException extends RuleRefusal {
        ReliefOutOfBoundsException(String messageKey, Object limit) {
            super(messageKey, limit);
        }
    }

}
