package org.tongban.retrofit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.documents.IssuedDocument;
import org.tongban.people.Masking;
import org.tongban.security.TongbanUser;

/**
 * The year's programme (年度实施方案) as the lead agency enters it — target households, budget and
 * the central/region/city shares every plan of the year is split by — and the year-wide 公示 list
 * of the beneficiaries (names masked) with the state of objections.
 */
@Service
public class RetrofitProgrammes {

    private final ProgrammeRepository programmes;
    private final RetrofitApplicationRepository applications;
    private final RetrofitPlanRepository plans;
    private final RetrofitService service;
    private final RetrofitDocuments documents;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    RetrofitProgrammes(ProgrammeRepository programmes, RetrofitApplicationRepository applications,
            RetrofitPlanRepository plans, RetrofitService service, RetrofitDocuments documents, RuntimeService runtime,
            AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.applications = applications;
        this.plans = plans;
        this.service = service;
        this.documents = documents;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** A programme as entered; the city share is what the central and region shares leave. */
    public record ProgrammeEntry(int year, int targetHouseholds, BigDecimal budget, int centralPercent,
            int regionPercent, String reference) {

        public int cityPercent() {
            return 100 - centralPercent - regionPercent;
        }
    }

    /** Whether the user's agency enters the programme (the lead agency). */
    public boolean mayEnter(TongbanUser user) {
        return user.unitCode() != null && user.unitCode().equals(service.leadAgencyToday());
    }

    /** The year's programme as entered so far, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProgrammeEntry> entry(int year) {
        return programmes.findByProgrammeYear(year).map(p -> new ProgrammeEntry(p.getProgrammeYear(),
                p.getTargetHouseholds(), p.getBudget(), p.getCentralPercent(), p.getRegionPercent(), p.getReference()));
    }

    /**
     * Enters or revises the year's programme. Refused: another agency; a year other than last,
     * this or next; a target or budget not above zero; shares outside 0–100 or not adding up;
     * a budget below what the year's plans already commit; no reference to the 实施方案.
     */
    @Transactional
    public void save(TongbanUser user, ProgrammeEntry e) {
        if (!mayEnter(user)) {
            throw new RetrofitRuleException("notYourCase");
        }
        int now = LocalDate.now(clock).getYear();
        if (e.year() < now - 1 || e.year() > now + 1) {
            throw new RetrofitRuleException("programmeYear", String.valueOf(now - 1), String.valueOf(now + 1));
        }
        if (e.targetHouseholds() < 1 || e.targetHouseholds() > 10_000) {
            throw new RetrofitRuleException("programmeTarget");
        }
        if (e.budget() == null || e.budget().signum() <= 0 || e.budget().scale() > 2
                || e.budget().compareTo(new BigDecimal("100000000")) >= 0) {
            throw new RetrofitRuleException("programmeBudget");
        }
        if (e.centralPercent() < 0 || e.regionPercent() < 0 || e.cityPercent() < 0 || e.cityPercent() > 100) {
            throw new RetrofitRuleException("programmeSplit");
        }
        if (e.reference() == null || e.reference().isBlank() || e.reference().strip().length() > 300) {
            throw new RetrofitRuleException("programmeReference", 300);
        }
        BigDecimal committed = applications.findByProgrammeYear(e.year()).stream()
                .filter(a -> a.getStatus().inTheRunning())
                .map(a -> plans.findByApplicationId(a.getId()).map(RetrofitPlan::getTotal).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (e.budget().compareTo(committed) < 0) {
            throw new RetrofitRuleException("programmeBelowPlans", RetrofitService.yuan(e.budget()),
                    RetrofitService.yuan(committed));
        }
        Programme p = programmes.findByProgrammeYear(e.year()).orElseGet(() -> new Programme(e.year(), 0,
                BigDecimal.ZERO, 0, 0, 100, ""));
        p.revise(e.targetHouseholds(), e.budget(), e.centralPercent(), e.regionPercent(), e.cityPercent(),
                e.reference().strip());
        programmes.save(p);
        audit.record(user.username(), "RETROFIT_PROGRAMME", "AR-" + e.year(), "target=" + e.targetHouseholds()
                + " budget=" + e.budget() + " split=" + e.centralPercent() + "/" + e.regionPercent() + "/" + e.cityPercent());
    }

    /** One line of the year's 公示 list: masked name, unit, amount (or null before the plan) and objection state. */
    public record NoticeLine(String caseNumber, String maskedName, String grassRootsUnit, BigDecimal amount,
            CaseStatus status, Objection objection) {
    }

    /** Where an objection stands: none, being verified by CDPF, or upheld (the household left the list). */
    public enum Objection { NONE, VERIFYING, UPHELD }

    /**
     * The year's 公示 list: every household that went to 公示, in case-number order, with its
     * objection state. A household whose objection was upheld stays on the list, marked.
     */
    @Transactional(readOnly = true)
    public List<NoticeLine> noticeList(int year) {
        List<NoticeLine> lines = new ArrayList<>();
        applications.findByProgrammeYear(year).stream()
                .filter(a -> a.getStatus().ordinal() >= CaseStatus.PUBLIC_NOTICE.ordinal() && a.getStatus().inTheRunning()
                        || "OBJECTION_UPHELD".equals(a.getRefusalReason()))
                .sorted(Comparator.comparing(RetrofitApplication::getCaseNumber))
                .forEach(a -> lines.add(new NoticeLine(a.getCaseNumber(), Masking.name(service.headName(a)),
                        a.getHousehold().getGrassRootsUnit(),
                        plans.findByApplicationId(a.getId()).map(RetrofitPlan::getTotal).orElse(null), a.getStatus(),
                        objection(a))));
        return lines;
    }

    private Objection objection(RetrofitApplication a) {
        if ("OBJECTION_UPHELD".equals(a.getRefusalReason())) {
            return Objection.UPHELD;
        }
        boolean verifying = a.getStatus() == CaseStatus.PUBLIC_NOTICE && runtime.createExecutionQuery()
                .processInstanceBusinessKey(a.getCaseNumber()).activityId(RetrofitProcess.TASK_VERIFY_OBJECTION).count() > 0;
        return verifying ? Objection.VERIFYING : Objection.NONE;
    }

    /** Issues the year's 公示 list as a document of the lead agency (each issue a new edition). */
    @Transactional
    public IssuedDocument issueNoticeList(TongbanUser user, int year) {
        if (!mayEnter(user)) {
            throw new RetrofitRuleException("notYourCase");
        }
        List<NoticeLine> lines = noticeList(year);
        if (lines.isEmpty()) {
            throw new RetrofitRuleException("noticeListEmpty", String.valueOf(year));
        }
        return documents.yearNotice(year, service.leadAgencyToday(), lines, user.username());
    }
}
