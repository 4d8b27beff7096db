package org.tongban.rehab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.RuleRefusal;
import org.tongban.rehab.RehabEnums.EndReason;
import org.tongban.rehab.RehabEnums.RefusalReason;
import org.tongban.rehab.RehabEnums.Status;
import org.tongban.sla.BusinessCalendar;
import org.tongban.sla.LimitUnit;
import org.tongban.sla.Notifications;

/**
 * What happens on the case when a step of {@code rehab-rescue} completes: status, decision,
 * agreement, bills and the documents, and the dates the model's timers wait for. Called by
 * {@link RehabSteps} in the engine's transaction; every decision is audited.
 */
@Service
class RehabCaseWork {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ApplicationRepository applications;
    private final InstitutionRepository institutions;
    private final AgreementRepository agreements;
    private final BillRepository bills;
    private final RehabParameters parameters;
    private final RehabDocuments documents;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ServiceRecordRepository serviceRecords;
    private final Clock clock;

    RehabCaseWork(ApplicationRepository applications, InstitutionRepository institutions, AgreementRepository agreements,
            BillRepository bills, RehabParameters parameters, RehabDocuments documents, BusinessCalendar calendar,
            AuditLog audit, Notifications notifications, ServiceRecordRepository serviceRecords) {
        this.notifications = notifications;
        this.serviceRecords = serviceRecords;
        this.applications = applications;
        this.institutions = institutions;
        this.agreements = agreements;
        this.bills = bills;
        this.parameters = parameters;
        this.documents = documents;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = EngineClock.INSTANCE;
    }

    RehabApplication application(String caseNumber) {
        return applications.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No rehab application " + caseNumber));
    }

    @Transactional
    void accept(String caseNumber, String user) {
        RehabApplication a = application(caseNumber);
        a.moveTo(Status.ACCEPTED);
        documents.acceptance(a, user);
        audit.record(user, "REHAB_ACCEPTED", caseNumber, null);
    }

    /** Returned with the one-time notice; the date by which the guardian must supply (then treated as withdrawn). */
    @Transactional
    Date returnForCorrection(String caseNumber, String missing, String user) {
        RehabApplication a = application(caseNumber);
        a.moveTo(Status.RETURNED);
        int days = parameters.integer("common.supplement_days", a.getReceivedOn());
        Instant due = calendar.applicantDeadline(now(), days, LimitUnit.CALENDAR_DAYS).due();
        documents.correctionNotice(a, missing, LocalDate.ofInstant(due, ZONE), user);
        audit.record(user, "REHAB_RETURNED", caseNumber, null);
        return Date.from(due);
    }

    @Transactional
    void notAccepted(String caseNumber, String reason, String user) {
        RehabApplication a = application(caseNumber);
        a.moveTo(Status.NOT_ACCEPTED);
        documents.nonAcceptance(a, reason, user);
        audit.record(user, "REHAB_NOT_ACCEPTED", caseNumber, null);
    }

    @Transactional
    void withdrawn(String caseNumber, boolean treated) {
        application(caseNumber).moveTo(Status.WITHDRAWN);
        audit.record("system", treated ? "REHAB_TREATED_AS_WITHDRAWN" : "REHAB_WITHDRAWN", caseNumber, null);
    }

    /** The reasons this case cannot be approved on its reference date (empty: eligible). */
    List<RefusalReason> refusals(RehabApplication a) {
        RehabRules rules = parameters.rulesOn(a.getReceivedOn());
        boolean served = agreements.activeOf(a.getChild().getId())
                .filter(g -> !g.getApplication().getId().equals(a.getId())).isPresent();
        return rules.refusals(new RehabRules.Facts(a.getChild().getBirthDate(), a.getReceivedOn(), a.getCategory(),
                a.getProof(), a.getDiagnosisInstitution() == null || a.getDiagnosisInstitution().isDiagnoses(),
                a.getChild().getResidence(), served));
    }

    /**
     * The decision: approval only for an eligible child; a refusal names its reason code and
     * issues the 不予救助 decision with reasons, basis and remedy.
     */
    @Transactional
    void decide(String caseNumber, boolean approved, String reasonCode, String user) {
        RehabApplication a = application(caseNumber);
        LocalDate today = LocalDate.now(clock);
        List<RefusalReason> reasons = refusals(a);
        if (approved) {
            if (!reasons.isEmpty()) {
                throw new RuleRefusal("rehab.refusal.notEligible", reasons.stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            a.approve(today);
            documents.approval(a, standardsOf(a, today), user);
        } else {
            RefusalReason reason = reasonCode != null ? RefusalReason.valueOf(reasonCode)
                    : reasons.stream().findFirst().orElseThrow(() -> new RuleRefusal("rehab.refusal.reasonRequired"));
            a.refuse(reason, today);
            documents.refusal(a, reason, user);
        }
        audit.record(user, approved ? "REHAB_APPROVED" : "REHAB_REFUSED", caseNumber,
                approved ? null : a.getRefusalReason().name());
    }

    /**
     * The guardian's choice: a listed institution that serves the child's category and services,
     * with a free place. Returns whether it lies outside the city (then CDPF approves it).
     */
    @Transactional
    boolean chooseInstitution(String caseNumber, String institutionCode) {
        RehabApplication a = application(caseNumber);
        Institution institution = institutions.findByCode(institutionCode)
                .orElseThrow(() -> new RuleRefusal("rehab.refusal.unknownInstitution", institutionCode));
        LocalDate today = LocalDate.now(clock);
        if (!offers(institution, a, today)) {
            throw new RuleRefusal("rehab.refusal.notServed", institution.getName());
        }
        if (!hasPlaceFor(a, institution)) {
            throw new RuleRefusal("rehab.refusal.full", institution.getName());
        }
        return !institution.isInArea();
    }

    /**
     * Whether the institution has a place for this applicant: when the free places are fewer than
     * the approved applicants waiting for it, 0–9-year-olds go first, then by acceptance date.
     */
    static boolean offers(Institution institution, RehabApplication a, LocalDate day) {
        return institution.isDesignated() && institution.listedOn(day) && institution.serves(a.getCategory())
                && institution.services().containsAll(a.services());
    }

    boolean hasPlaceFor(RehabApplication a, Institution institution) {
        long free = institution.getCapacity() - agreements.activeAt(institution.getId());
        if (free <= 0) {
            return false;
        }
        List<RehabApplication> waiting = applications.findAll().stream()
                .filter(w -> w.getStatus() == Status.APPROVED).sorted(RehabRules.priorityOrder()).toList();
        int rank = waiting.indexOf(a);
        return rank < 0 || rank < free;
    }

    /**
     * Signs the agreement with the chosen institution for one period, with the standard amount per
     * service valid today. The database refuses a second active agreement for the same child.
     */
    @Transactional
    Agreement signAgreement(String caseNumber, String institutionCode, String user) {
        RehabApplication a = application(caseNumber);
        Institution institution = institutions.findByCode(institutionCode)
                .orElseThrow(() -> new RuleRefusal("rehab.refusal.unknownInstitution", institutionCode));
        LocalDate today = LocalDate.now(clock);
        if (agreements.activeOf(a.getChild().getId()).isPresent()) {
            throw new RuleRefusal("rehab.refusal.oneInstitution");
        }
        if (institution.getCapacity() - agreements.activeAt(institution.getId()) <= 0) {
            throw new RuleRefusal("rehab.refusal.full", institution.getName());
        }
        int months = parameters.integer("rehab.agreement_months", today);
        Agreement agreement = new Agreement(a, institution, today, today.plusMonths(months).minusDays(1), LocalDateTime.now(clock));
        standardsOf(a, today).forEach(agreement::add);
        try {
            agreement = agreements.saveAndFlush(agreement);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Another officer signed for the same child at the same moment: the database kept one.
            throw new RuleRefusal("rehab.refusal.oneInstitution");
        }
        a.servedFrom(today);
        documents.referral(a, agreement, user);
        audit.record(user, "REHAB_AGREEMENT_SIGNED", caseNumber, institution.getCode() + " agreement " + agreement.getId());
        return agreement;
    }

    List<RehabStandard> standardsOf(RehabApplication a, LocalDate day) {
        int age = RehabRules.ageOn(a.getChild().getBirthDate(), day);
        return a.services().stream().sorted(Comparator.naturalOrder())
                .map(s -> parameters.standard(s, a.getCategory(), Math.min(age, 14), day)).toList();
    }

    Agreement active(String caseNumber) {
        RehabApplication a = application(caseNumber);
        return agreements.activeOf(a.getChild().getId())
                .orElseThrow(() -> new IllegalStateException(caseNumber + " has no active agreement"));
    }

    /** The next settlement date: one cycle after the last (or the start), at most the period's end. */
    Date nextSettlement(String caseNumber) {
        Agreement g = active(caseNumber);
        return at(cycleTo(g, cycleFrom(g)).plusDays(1));
    }

    /** The first day not yet billed under this agreement: the day after the last bill's cycle, or its start. */
    private LocalDate cycleFrom(Agreement g) {
        return bills.ofApplication(g.getApplication().getId()).stream().filter(b -> b.getAgreement().getId().equals(g.getId()))
                .map(b -> b.getCycleTo().plusDays(1)).findFirst().orElse(g.getPeriodFrom());
    }

    /** One settlement cycle ({@code rehab.settlement_cycle_months}) from {@code from}, at most to the period's end. */
    private LocalDate cycleTo(Agreement g, LocalDate from) {
        // Counted from the period's start, not from the last cycle: from 30 November, adding three
        // months to each cycle's start would drift at February's end and leave a fifth, short cycle.
        int months = parameters.integer("rehab.settlement_cycle_months", g.getPeriodFrom());
        LocalDate to = g.getPeriodFrom().plusMonths(months).minusDays(1);
        for (int n = 2; to.isBefore(from); n++) {
            to = g.getPeriodFrom().plusMonths((long) n * months).minusDays(1);
        }
        return to.isAfter(g.getPeriodTo()) ? g.getPeriodTo() : to;
    }

    /** Renewal opens {@code rehab.renewal_notice_days} before the period ends. */
    Date renewalOpens(String caseNumber) {
        Agreement g = active(caseNumber);
        int days = parameters.integer("rehab.renewal_notice_days", g.getPeriodFrom());
        return at(g.getPeriodTo().plusDays(1).minusDays(days));
    }

    /** The reminder before the 15th birthday; when it has passed or was given, after the period (it never fires). */
    Date ageingReminder(String caseNumber, boolean given) {
        Agreement g = active(caseNumber);
        LocalDate birth = g.getApplication().getChild().getBirthDate();
        RehabRules rules = parameters.rulesOn(g.getApplication().getReceivedOn());
        LocalDate remind = rules.agesOutOn(birth).minusDays(parameters.integer("rehab.ageing_reminder_days", g.getPeriodFrom()));
        LocalDate today = LocalDate.now(clock);
        if (given || remind.isAfter(g.getPeriodTo().plusYears(1))) {
            return at(g.getPeriodTo().plusYears(2));
        }
        return remind.isAfter(today) ? at(remind) : Date.from(now().plusSeconds(3600));
    }

    /** CDPF's review of the institution's bill for the cycle: at most the standard's share for the cycle. */
    @Transactional
    Bill reviewBill(String caseNumber, BigDecimal billed, BigDecimal approved, BigDecimal insured, String user) {
        Agreement g = active(caseNumber);
        int months = parameters.integer("rehab.settlement_cycle_months", g.getPeriodFrom());
        LocalDate cycleFrom = cycleFrom(g);
        LocalDate cycleTo = cycleTo(g, cycleFrom);
        BigDecimal cap = g.yearlyAmount().multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        if (approved.compareTo(cap) > 0) {
            throw new RuleRefusal("rehab.refusal.overStandard", cap.toPlainString());
        }
        if (approved.compareTo(billed) > 0 || insured.compareTo(approved) > 0) {
            throw new RuleRefusal("rehab.refusal.billAmounts");
        }
        if (approved.signum() > 0 && daysAttended(g, cycleFrom, cycleTo) == 0) {
            // The bill is checked against the attendance the institution reported month by month.
            throw new RuleRefusal("rehab.refusal.noAttendance", cycleFrom.toString(), cycleTo.toString());
        }
        Bill bill = bills.save(new Bill(g, cycleFrom, cycleTo, billed, approved, insured));
        audit.record(user, "REHAB_BILL_REVIEWED", caseNumber, "approved " + approved + " insured " + insured);
        return bill;
    }

    @Transactional
    void insuredPaid(String caseNumber, String user) {
        Bill bill = lastBill(caseNumber);
        bill.insuredPaid(LocalDate.now(clock));
        audit.record(user, "REHAB_INSURED_PAID", caseNumber, bill.getInsuredYuan().toPlainString());
    }

    /** FIN pays the institution directly; returns whether the period is over and no renewal followed. */
    @Transactional
    boolean paid(String caseNumber, String user) {
        Bill bill = lastBill(caseNumber);
        bill.paid(LocalDate.now(clock));
        documents.settlement(application(caseNumber), bill,
                daysAttended(bill.getAgreement(), bill.getCycleFrom(), bill.getCycleTo()), user);
        audit.record(user, "REHAB_PAID", caseNumber, bill.getFinPaidYuan().toPlainString());
        return !bill.getCycleTo().isBefore(bill.getAgreement().getPeriodTo());
    }

    /** Days attended under the agreement in the months of the cycle, as the institution reported them. */
    int daysAttended(Agreement g, LocalDate from, LocalDate to) {
        return serviceRecords.between(g.getId(), from.withDayOfMonth(1), to).stream()
                .mapToInt(ServiceRecord::getDaysAttended).sum();
    }

    /**
     * The reminder before the 15th birthday: CDPF's officers are told in the bell, once for the
     * case; the child finishes the period and is not renewed.
     */
    @Transactional
    void remindAgeingOut(String caseNumber) {
        Agreement g = active(caseNumber);
        int days = parameters.integer("rehab.ageing_reminder_days", g.getPeriodFrom());
        int told = notifications.tellAgencyOnce("CDPF", "REHAB_AGEING_OUT", caseNumber, "rehab.notification.ageingOut",
                Integer.toString(days)).size();
        audit.record("system", "REHAB_AGEING_REMINDER", caseNumber, told == 0 ? "given before" : "told " + told);
    }

    /**
     * Absent without reason for more than {@code rehab.absence_suspend_days}: the service is
     * suspended, and terminated {@code rehab.suspension_days} later unless attendance resumes.
     * Returns when the suspension ends.
     */
    @Transactional
    Date suspend(String caseNumber, String absentSince, String user) {
        RehabApplication a = application(caseNumber);
        a.moveTo(Status.SUSPENDED);
        LocalDate today = LocalDate.now(clock);
        int days = parameters.integer("rehab.suspension_days", today);
        audit.record(user, "REHAB_SUSPENDED", caseNumber, "absent since " + absentSince);
        return at(today.plusDays(days));
    }

    @Transactional
    void resume(String caseNumber, String user) {
        application(caseNumber).moveTo(Status.IN_SERVICE);
        audit.record(user, "REHAB_RESUMED", caseNumber, null);
    }

    Bill lastBill(String caseNumber) {
        return bills.ofApplication(application(caseNumber).getId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No bill on " + caseNumber));
    }

    /**
     * Annual renewal: the next period needs the child under 15 on its first day; a child who turns
     * 15 during a period finishes it and is not renewed. Returns whether it was renewed.
     */
    @Transactional
    boolean renew(String caseNumber, boolean wanted, String user) {
        Agreement g = active(caseNumber);
        LocalDate nextStart = g.getPeriodTo().plusDays(1);
        RehabRules rules = parameters.rulesOn(nextStart);
        boolean agesOut = !nextStart.isBefore(rules.agesOutOn(g.getApplication().getChild().getBirthDate()));
        boolean renewed = wanted && !agesOut;
        if (renewed) {
            g.extendTo(nextStart.plusMonths(parameters.integer("rehab.agreement_months", nextStart)).minusDays(1));
        }
        audit.record(user, renewed ? "REHAB_RENEWED" : "REHAB_NOT_RENEWED", caseNumber, agesOut ? "AGED_OUT" : null);
        return renewed;
    }

    /** The last period is over: the agreement ends and the case closes. */
    @Transactional
    void serviceEnded(String caseNumber, String user) {
        Agreement g = active(caseNumber);
        boolean agedOut = !g.getPeriodTo().plusDays(1).isBefore(parameters.rulesOn(g.getPeriodTo())
                .agesOutOn(g.getApplication().getChild().getBirthDate()));
        EndReason reason = agedOut ? EndReason.AGED_OUT : EndReason.NOT_RENEWED;
        g.end(g.getPeriodTo(), reason);
        g.getApplication().moveTo(Status.CLOSED);
        documents.termination(g.getApplication(), reason, user);
        audit.record(user, "REHAB_CLOSED", caseNumber, reason.name());
    }

    /** An approved change of institution ends the old agreement; the case is reviewed again. */
    @Transactional
    void endForChange(String caseNumber, String user) {
        Agreement g = active(caseNumber);
        g.end(LocalDate.now(clock), EndReason.INSTITUTION_CHANGE);
        RehabApplication a = g.getApplication();
        a.approve(LocalDate.now(clock));
        agreements.flush();
        audit.record(user, "REHAB_AGREEMENT_ENDED", caseNumber, EndReason.INSTITUTION_CHANGE.name());
    }

    @Transactional
    void terminate(String caseNumber, String reasonCode, String user) {
        EndReason reason = reasonCode == null ? EndReason.GUARDIAN_STOPPED : EndReason.valueOf(reasonCode);
        Agreement g = active(caseNumber);
        LocalDate today = LocalDate.now(clock);
        // Moved away: terminated at the end of the month (default).
        g.end(reason == EndReason.MOVED_AWAY ? today.withDayOfMonth(today.lengthOfMonth()) : today, reason);
        g.getApplication().moveTo(Status.TERMINATED);
        documents.termination(g.getApplication(), reason, user);
        audit.record(user, "REHAB_TERMINATED", caseNumber, reason.name());
    }

    private Instant now() {
        return clock.instant();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
    }

}
