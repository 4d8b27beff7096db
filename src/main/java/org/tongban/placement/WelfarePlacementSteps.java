package org.tongban.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.RuleRefusal;
import org.tongban.sla.Notifications;
import org.tongban.people.DisabilityCard;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.sla.BusinessCalendar;
import org.tongban.sla.LimitUnit;

/**
 * The service tasks of {@code welfare-placement.bpmn} ({@code ${welfarePlacementSteps.…(execution)}}):
 * each moves the case row, issues its document and audits, in the engine's transaction.
 */
@Component("welfarePlacementSteps")
class WelfarePlacementSteps {

    private static final Logger log = LoggerFactory.getLogger(WelfarePlacementSteps.class);

    private final WelfareApplicationRepository applications;
    private final PlacementRepository placements;
    private final WelfarePostRepository posts;
    private final WelfarePostPlanRepository plans;
    private final PlacementClaimRepository claims;
    private final PlacementRegister register;
    private final PlacementCounter counter;
    private final PlacementParameters parameters;
    private final BusinessCalendar calendar;
    private final PlacementDocuments documents;
    private final PeopleRegistry people;
    private final AuditLog audit;
    private final WelfarePlacementService service;
    private final PostChoices postChoices;
    private final Notifications notifications;
    private final Clock clock;

    WelfarePlacementSteps(WelfareApplicationRepository applications, PlacementRepository placements,
            WelfarePostRepository posts, WelfarePostPlanRepository plans, PlacementClaimRepository claims,
            PlacementRegister register, PlacementCounter counter, PlacementParameters parameters,
            BusinessCalendar calendar, PlacementDocuments documents, PeopleRegistry people, AuditLog audit,
            @Lazy WelfarePlacementService service, PostChoices postChoices, Notifications notifications, Clock clock) {
        this.applications = applications;
        this.placements = placements;
        this.posts = posts;
        this.plans = plans;
        this.claims = claims;
        this.register = register;
        this.counter = counter;
        this.parameters = parameters;
        this.calendar = calendar;
        this.documents = documents;
        this.people = people;
        this.audit = audit;
        this.service = service;
        this.postChoices = postChoices;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void accept(DelegateExecution e) {
        WelfareApplication a = application(e);
        a.moveTo(ApplicationStatus.ACCEPTED);
        e.setVariable("acceptedAt", java.util.Date.from(clock.instant()));
        documents.acceptance(a, person(a), user(e));
        decided(e, a, "WP_ACCEPTED", "");
    }

    @Transactional
    public void returnForCorrection(DelegateExecution e) {
        WelfareApplication a = application(e);
        int days = rules(a).number("placement.supplement_days");
        LocalDateTime due = LocalDateTime.ofInstant(calendar.applicantDeadline(clock.instant(), days, LimitUnit.CALENDAR_DAYS).due(),
                WelfarePlacementTimers.ZONE);
        a.returnUntil(due);
        int round = e.getVariable("correctionRound") == null ? 1 : ((Number) e.getVariable("correctionRound")).intValue() + 1;
        e.setVariable("correctionRound", round);
        documents.correction(a, person(a), (String) e.getVariable("missingItems"), due.toLocalDate(), user(e), round);
        decided(e, a, "WP_RETURNED", "round " + round + ", due " + due.toLocalDate());
    }

    @Transactional
    public void notAccept(DelegateExecution e) {
        WelfareApplication a = application(e);
        a.end(ApplicationStatus.NOT_ACCEPTED, "OUT_OF_SCOPE", "不属于公益性岗位安置受理范围");
        documents.nonAcceptance(a, person(a), user(e));
        decided(e, a, "WP_NOT_ACCEPTED", "OUT_OF_SCOPE");
    }

    @Transactional
    public void withdraw(DelegateExecution e) {
        WelfareApplication a = application(e);
        a.end(ApplicationStatus.WITHDRAWN, "SUPPLEMENT_PERIOD_PASSED", "逾期未补正，视为撤回");
        decided(e, a, "WP_WITHDRAWN", "SUPPLEMENT_PERIOD_PASSED");
    }

    /** Puts the facts the eligibility table reads: the count and ages from the database and parameters. */
    @Transactional
    public void assessFacts(DelegateExecution e) {
        WelfareApplication a = application(e);
        a.moveTo(ApplicationStatus.IN_REVIEW);
        Person p = person(a);
        PlacementRules rules = rules(a);
        LocalDate today = LocalDate.now(clock);
        PlacementCounter.Count count = counter.count(a.getPersonId());
        boolean severe = p.validCard().map(DisabilityCard::isSevere).orElse(false);
        int olderAge = rules.number("placement.older_worker_age." + ("M".equals(p.getGender()) ? "MALE" : "FEMALE"));
        boolean older = !p.getBirthDate().plusYears(olderAge).isAfter(today);
        e.setVariable("cardValid", flag(e, "cardValid") && p.validCard().isPresent());
        e.setVariable("workingAge", rules.ofWorkingAge(p.getBirthDate(), a.getRetirementGroup(), today));
        e.setVariable("hardshipRecognised", flag(e, "hardshipRecognised"));
        e.setVariable("employed", flag(e, "employed"));
        e.setVariable("businessOwner", flag(e, "businessOwner"));
        e.setVariable("placementsSoFar", count == null ? 0 : count.placements());
        e.setVariable("cap", rules.cap());
        e.setVariable("previousTermExpired", count == null || count.currentTermEnd() == null
                || count.currentTermEnd().isBefore(today));
        e.setVariable("specialDifficulty", severe || older || flag(e, "zeroEmploymentFamily") || flag(e, "dibao"));
    }

    @Transactional
    public void confirmEligibility(DelegateExecution e) {
        WelfareApplication a = application(e);
        e.setVariable("eligibleAt", java.util.Date.from(clock.instant()));
        documents.eligibilityForm(a, person(a), counter.count(a.getPersonId()), user(e));
        decided(e, a, "WP_ELIGIBLE", "");
    }

    @Transactional
    public void refuse(DelegateExecution e) {
        WelfareApplication a = application(e);
        String reason = refusalReason(e);
        e.setVariable("refusalReason", reason);
        a.end(ApplicationStatus.REFUSED, reason, PlacementDocuments.reasonText(reason));
        releasePost(a);
        documents.refusal(a, person(a), reason, user(e));
        decided(e, a, "WP_REFUSED", reason);
    }

    @Transactional
    public void publishNotice(DelegateExecution e) {
        WelfareApplication a = application(e);
        WelfarePost post = posts.findById(a.getPostId() != null ? a.getPostId() : ((Number) e.getVariable("postId")).longValue())
                .orElseThrow(() -> new RuleRefusal("placement.match.postNotOpen", String.valueOf(e.getVariable("postId"))));
        a.matchTo(post.getId());
        post.moveTo(WelfarePost.Status.MATCHED);
        LocalDateTime until = LocalDateTime.ofInstant(calendar.deadline(clock.instant(), rules(a).number("placement.notice_days"),
                LimitUnit.WORKING_DAYS).due(), WelfarePlacementTimers.ZONE);
        a.publishUntil(until);
        documents.publicNotice(a, person(a), post, until.toLocalDate(), user(e));
        decided(e, a, "WP_PUBLISHED", "post " + post.getId() + " until " + until.toLocalDate());
    }

    @Transactional
    public void place(DelegateExecution e) {
        WelfareApplication a = application(e);
        ContractTerms terms = new ContractTerms(LocalDate.parse(String.valueOf(e.getVariable("contractStart"))),
                ((Number) e.getVariable("contractMonths")).intValue(), new BigDecimal(String.valueOf(e.getVariable("monthlyWage"))),
                flag(e, "socialInsurance"));
        PlacementOutcome outcome = register.place(a.getCaseNumber(), terms, user(e));
        e.setVariable(WelfarePlacementProcess.VAR_PLACEMENT_RESULT, outcome.result().name());
        if (outcome.placed()) {
            e.setVariable(WelfarePlacementProcess.VAR_QUARTER, 0);
            WelfarePost post = a.getPostId() == null ? null : posts.findById(a.getPostId()).orElse(null);
            if (post != null) {
                post.moveTo(WelfarePost.Status.FILLED);
            }
            Placement placement = placements.findByApplicationId(a.getId()).orElseThrow();
            documents.placementNotice(a, person(a), post, placement, user(e));
        }
    }

    /**
     * No claim for the quarter yet: HRSS's officers, who record claims for the employer, are told
     * in the bell, once per quarter however often the reminder timer fires.
     */
    @Transactional
    public void remindEmployer(DelegateExecution e) {
        WelfareApplication a = application(e);
        String quarter = String.valueOf(e.getVariable(WelfarePlacementProcess.VAR_QUARTER));
        List<String> told = notifications.tellAgencyOnce("HRSS", "WP_CLAIM_MISSING", a.getCaseNumber(),
                "placement.notification.claimMissing", quarter);
        audit.record(user(e), "WP_CLAIM_REMINDER", a.getCaseNumber(), "quarter " + quarter + ", told " + told);
        log.info("{}: quarterly claim {} missing, HRSS told: {}", a.getCaseNumber(), quarter, told);
    }

    /** Records HRSS's review of the latest claim (confirm or reduce with a reason); FIN pays it afterwards. */
    @Transactional
    public void recordClaimReview(DelegateExecution e) {
        latestClaim(e).review(flag(e, "claimApproved"), e.getVariable("claimAmount") == null ? null
                : new BigDecimal(String.valueOf(e.getVariable("claimAmount"))), (String) e.getVariable("reductionReason"));
    }

    /**
     * When the match is completed: the post must be an open post of a funded plan of this year (or
     * the year before, while the new plan is not funded); it is reserved for this case, and a post
     * the case held before (a failed community assessment) is released.
     */
    @Transactional
    public void reservePost(DelegateExecution e) {
        WelfareApplication a = application(e);
        Object chosen = e.getVariable("postId");
        long postId = chosen instanceof Number n ? n.longValue() : -1;
        if (a.getPostId() != null && a.getPostId() == postId) {
            return;
        }
        WelfarePost post = postChoices.choosable(postId)
                .orElseThrow(() -> new RuleRefusal("placement.match.postNotOpen", String.valueOf(chosen)));
        releasePost(a);
        post.moveTo(WelfarePost.Status.MATCHED);
        a.matchTo(post.getId());
        decided(e, a, "WP_POST_RESERVED", "post " + post.getId());
    }

    @Transactional
    public void issuePaymentVoucher(DelegateExecution e) {
        WelfareApplication a = application(e);
        PlacementClaim claim = latestClaim(e);
        claim.paid(LocalDateTime.now(clock));
        int quarter = ((Number) e.getVariable(WelfarePlacementProcess.VAR_QUARTER)).intValue();
        documents.paymentVoucher(a, quarter, claim.getAmount(), (String) e.getVariable("paymentReference"), user(e));
        decided(e, a, "WP_CLAIM_PAID", "quarter " + quarter + " " + claim.getAmount());
    }

    /** The term ends in 60 days: HRSS's officers decide on exit or re-placement; told once. */
    @Transactional
    public void warnExpiry(DelegateExecution e) {
        WelfareApplication a = application(e);
        Placement p = placement(a);
        List<String> told = notifications.tellAgencyOnce("HRSS", "WP_TERM_EXPIRING", a.getCaseNumber(),
                "placement.notification.termExpiring", p.getTermEnd().toString());
        audit.record(user(e), "WP_EXPIRY_WARNING", a.getCaseNumber(), "term ends " + p.getTermEnd() + ", told " + told);
        log.info("{}: subsidy term ends {}, HRSS told: {}", a.getCaseNumber(), p.getTermEnd(), told);
    }

    @Transactional
    public void terminate(DelegateExecution e) {
        WelfareApplication a = application(e);
        String reason = String.valueOf(e.getVariable("exitReason"));
        placement(a).end(LocalDate.now(clock), reason);
        a.end(ApplicationStatus.TERMINATED, reason, PlacementDocuments.exitText(reason));
        releasePost(a);
        documents.exitNotice(a, person(a), reason, true, user(e));
        decided(e, a, "WP_TERMINATED", reason + ("FRAUD".equals(reason) ? " (subsidies to be recovered)" : ""));
    }

    /** Whether the person may be placed again: below the cap, with no override (the term has just expired). */
    @Transactional(readOnly = true)
    public boolean replacementPossible(DelegateExecution e) {
        WelfareApplication a = application(e);
        PlacementCounter.Count count = counter.count(a.getPersonId());
        return count != null && count.placements() < rules(a).cap();
    }

    @Transactional
    public void openNewCase(DelegateExecution e) {
        WelfareApplication a = application(e);
        placement(a).end(placement(a).getTermEnd(), "TERM_EXPIRED");
        String next = service.reapply(a, user(e));
        a.end(ApplicationStatus.CLOSED, "REPLACEMENT", "再次安置：" + next);
        releasePost(a);
        e.setVariable("nextCase", next);
        decided(e, a, "WP_REPLACEMENT_OPENED", next);
    }

    @Transactional
    public void exitWithReferral(DelegateExecution e) {
        WelfareApplication a = application(e);
        placement(a).end(placement(a).getTermEnd(), "TERM_EXPIRED");
        a.end(ApplicationStatus.CLOSED, "TERM_EXPIRED_REFERRED", "补贴期满退岗，转介公共就业服务");
        releasePost(a);
        documents.exitNotice(a, person(a), "TERM_EXPIRED", false, user(e));
        decided(e, a, "WP_EXITED", "referred to employment services");
    }

    @Transactional
    public void approvePostPlan(DelegateExecution e) {
        WelfarePostPlan plan = plans.findByCaseNumber(e.getProcessBusinessKey()).orElseThrow();
        plan.fund(new BigDecimal(String.valueOf(e.getVariable("subsidyBudget"))));
        audit.record(user(e), "WP_POST_PLAN_FUNDED", plan.getCaseNumber(), "year " + plan.getPlanYear());
    }

    private String refusalReason(DelegateExecution e) {
        Object placement = e.getVariable(WelfarePlacementProcess.VAR_PLACEMENT_RESULT);
        if (placement != null && !"PLACED".equals(placement)) {
            return placement.toString();
        }
        if (flag(e, "objectionUpheld")) {
            return "OBJECTION_UPHELD";
        }
        return String.valueOf(e.getVariable(WelfarePlacementProcess.VAR_ELIGIBILITY));
    }

    private void releasePost(WelfareApplication a) {
        if (a.getPostId() != null) {
            posts.findById(a.getPostId()).ifPresent(p -> p.moveTo(WelfarePost.Status.OPEN));
        }
    }

    private PlacementClaim latestClaim(DelegateExecution e) {
        var list = claims.findByPlacementIdOrderByPeriodStart(placement(application(e)).getId());
        return list.get(list.size() - 1);
    }

    private void decided(DelegateExecution e, WelfareApplication a, String action, String detail) {
        audit.record(user(e), action, a.getCaseNumber(), "person#" + a.getPersonId() + (detail.isEmpty() ? "" : " " + detail));
    }

    private static boolean flag(DelegateExecution e, String name) {
        return Boolean.TRUE.equals(e.getVariable(name));
    }

    private WelfareApplication application(DelegateExecution e) {
        return applications.findByCaseNumber(e.getProcessBusinessKey()).orElseThrow();
    }

    private Placement placement(WelfareApplication a) {
        return placements.findByApplicationId(a.getId()).orElseThrow();
    }

    private Person person(WelfareApplication a) {
        return people.findById(a.getPersonId()).orElseThrow();
    }

    private PlacementRules rules(WelfareApplication a) {
        return parameters.on(a.getReferenceDate());
    }

    private static String user(DelegateExecution e) {
        Authentication auth = e.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
    }
}
