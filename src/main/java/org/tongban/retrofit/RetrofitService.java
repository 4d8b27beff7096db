package org.tongban.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseNumbers;
import org.tongban.people.Masking;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;

/**
 * The public API of the retrofit procedure and the only code that starts or messages
 * {@code accessibility-retrofit}: applications, the household's plan within the cap, the year's
 * list ranked by priority, batch contracts, objections and a household declining.
 */
@Service
public class RetrofitService {

    private final RetrofitApplicationRepository applications;
    private final HouseholdRepository households;
    private final RetrofitPlanRepository plans;
    private final RetrofitItemRepository items;
    private final ProgrammeRepository programmes;
    private final RetrofitParameters parameters;
    private final RetrofitRules rules;
    private final ApplicationChecks checks;
    private final PeopleRegistry people;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    RetrofitService(RetrofitApplicationRepository applications, HouseholdRepository households,
            RetrofitPlanRepository plans, RetrofitItemRepository items, ProgrammeRepository programmes,
            RetrofitParameters parameters, RetrofitRules rules, ApplicationChecks checks, PeopleRegistry people,
            CaseNumbers caseNumbers, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.households = households;
        this.plans = plans;
        this.items = items;
        this.programmes = programmes;
        this.parameters = parameters;
        this.rules = rules;
        this.checks = checks;
        this.people = people;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The problems of each field of an application (empty: good); the view shows them as the user types. */
    @Transactional(readOnly = true)
    public Map<String, RetrofitValidationException.Problem> check(NewApplication input) {
        return checks.problems(input);
    }

    /** The problem of one ID number (format, check character, registry), or null. */
    @Transactional(readOnly = true)
    public RetrofitValidationException.Problem idNumberProblem(String idNumber) {
        return checks.idNumberProblem(idNumber);
    }

    /** An application's outcome: its case number, and whether this call created it (false: a retry). */
    public record ApplicationResult(String caseNumber, boolean created) {
    }

    /**
     * Receives an application and starts the case. The same {@code idempotencyKey} (may be null)
     * returns the case made the first time.
     *
     * @throws RetrofitValidationException with a message per field; nothing is written
     */
    @Transactional
    public ApplicationResult apply(NewApplication input, String user, String idempotencyKey) {
        if (input.headIdNumber() != null) {
            people.findByIdNumber(input.headIdNumber()).ifPresent(head -> households.lockHead(head.getId()));
        }
        if (idempotencyKey != null) {
            Optional<RetrofitApplication> earlier = applications.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return new ApplicationResult(earlier.get().getCaseNumber(), false);
            }
        }
        Map<String, RetrofitValidationException.Problem> problems = checks.problems(input);
        if (!problems.isEmpty()) {
            throw new RetrofitValidationException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Person head = people.findByIdNumber(input.headIdNumber()).orElseThrow();
        Household household = households.findByHeadPersonId(head.getId()).orElseGet(() -> newHousehold(head, input));
        if (applications.findByHouseholdIdAndProgrammeYear(household.getId(), today.getYear()).isPresent()) {
            throw new RetrofitValidationException(Map.of("headIdNumber", new RetrofitValidationException.Problem(
                    "该家庭本年度已有无障碍改造申请（一户一案）", "This household already applied this year (one case per household)")));
        }
        String lead = parameters.text("retrofit.lead_agency", today);
        String caseNumber = caseNumbers.next(RetrofitProcess.CASE_PREFIX);
        RetrofitApplication application = applications.save(new RetrofitApplication(caseNumber, household,
                today.getYear(), input.channel(), input.need().strip(), now, user, idempotencyKey, lead,
                rules.priority(household, today)));
        Map<String, Object> variables = new HashMap<>();
        variables.put(RetrofitProcess.VAR_APPLICATION_ID, application.getId());
        variables.put(RetrofitProcess.VAR_LEAD_AGENCY, lead);
        variables.put(RetrofitProcess.VAR_GRASS_ROOTS_UNIT, household.getGrassRootsUnit());
        variables.put(RetrofitProcess.VAR_CHANNEL, input.channel().name());
        runtime.startProcessInstanceByKey(RetrofitProcess.KEY, caseNumber, variables);
        audit.record(user, "RETROFIT_APPLICATION", caseNumber, "channel=" + input.channel() + " person=" + head.getId());
        return new ApplicationResult(caseNumber, true);
    }

    private Household newHousehold(Person head, NewApplication input) {
        Household household = new Household(head.getId(), input.grassRootsUnit(), input.address().strip(),
                input.hardshipClaimed(), input.elderlyCarer(), input.relapseMonitoring());
        household.addMember(head.getId(), "HEAD");
        for (NewApplication.Member m : input.members()) {
            people.findByIdNumber(m.idNumber()).filter(p -> !p.getId().equals(head.getId()))
                    .ifPresent(p -> household.addMember(p.getId(), m.relation()));
        }
        household.setDwelling(new Dwelling(household, input.tenure(), input.landlordConsent(), input.resident()));
        return households.save(household);
    }

    /** The plan's line as entered: a catalogue item code and a quantity. */
    public record PlanItem(String itemCode, int quantity) {
    }

    /** A saved plan's figures, for the assessment form and the 入户评估表. */
    public record PlanSummary(BigDecimal total, BigDecimal cap, FundingSplit split, List<String> lines) {
    }

    /**
     * Saves the household's plan (一户一案) from catalogue items, priced at today's catalogue. A
     * second save revises it; a plan for a household that already has one within the repeat block
     * is refused, and so is a plan over the cap valid on the acceptance date, naming both amounts.
     */
    @Transactional
    public PlanSummary savePlan(String caseNumber, List<PlanItem> lines, String wishes, String user) {
        RetrofitApplication application = get(caseNumber);
        if (!application.getStatus().inTheRunning() || application.getStatus() == CaseStatus.CLOSED) {
            throw new RetrofitRuleException("caseOver");
        }
        if (lines.isEmpty()) {
            throw new RetrofitRuleException("planEmpty");
        }
        if (wishes != null && wishes.strip().length() > 500) {
            throw new RetrofitRuleException("wishesTooLong", 500);
        }
        LocalDate on = application.getReceivedAt().toLocalDate();
        int block = parameters.number("retrofit.repeat_block_years", on);
        Long householdId = application.getHousehold().getId();
        if (plans.findByHouseholdSince(householdId, application.getProgrammeYear() - block).stream()
                .anyMatch(p -> !p.getApplicationId().equals(application.getId()))) {
            throw new RetrofitRuleException("onePlan");
        }
        RetrofitParameter capRow = parameters.row("retrofit.cap_per_household", on);
        BigDecimal cap = new BigDecimal(capRow.getParamValue());
        plans.findByApplicationId(application.getId()).ifPresent(p -> {
            plans.delete(p);
            plans.flush();
        });
        RetrofitPlan plan = new RetrofitPlan(application.getId(), householdId, application.getProgrammeYear(), cap,
                capRow.getId(), wishes == null ? "" : wishes.strip(), LocalDateTime.now(clock));
        Set<Integer> categories = rules.memberCategories(application.getHousehold(), on);
        BigDecimal total = BigDecimal.ZERO;
        for (PlanItem line : lines) {
            RetrofitItem item = items.findByCode(line.itemCode()).orElseThrow(() -> new RetrofitRuleException("noItem", line.itemCode()));
            if (line.quantity() < 1 || line.quantity() > 99) {
                throw new RetrofitRuleException("quantity");
            }
            if (!item.serves(categories)) {
                throw new RetrofitRuleException("itemNotServing", item.getNameZh());
            }
            plan.addLine(item, line.quantity());
            total = total.add(item.getUnitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        total = total.setScale(2, RoundingMode.HALF_UP);
        if (total.compareTo(cap) > 0) {
            throw new RetrofitRuleException("overCap", yuan(total), yuan(cap));
        }
        Programme programme = programme(application.getProgrammeYear());
        plan.budget(total, FundingSplit.of(total, programme.getCentralPercent(), programme.getRegionPercent()));
        plans.save(plan);
        audit.record(user, "RETROFIT_PLAN", caseNumber, "total=" + total + " cap=" + cap + " capRow=" + capRow.getId());
        return summaryOf(plan);
    }

    /**
     * What the plan editor of the home assessment needs: the catalogue items serving the
     * members' disability categories, the cap valid on the acceptance date, the year's funding
     * shares and the plan saved so far.
     */
    public record PlanContext(String caseNumber, List<CatalogueItem> items, BigDecimal cap, int centralPercent,
            int regionPercent, List<PlanItem> lines, String wishes) {

        /** The live split of a total, as the saved plan will have it. */
        public FundingSplit split(BigDecimal total) {
            return FundingSplit.of(total, centralPercent, regionPercent);
        }
    }

    @Transactional(readOnly = true)
    public PlanContext planContext(String caseNumber) {
        RetrofitApplication application = get(caseNumber);
        LocalDate on = application.getReceivedAt().toLocalDate();
        Set<Integer> categories = rules.memberCategories(application.getHousehold(), on);
        List<CatalogueItem> serving = items.findAllByOrderByIdAsc().stream().filter(i -> i.serves(categories))
                .map(RetrofitService::catalogueItem).toList();
        Programme programme = programme(application.getProgrammeYear());
        Optional<RetrofitPlan> saved = plans.findByApplicationId(application.getId());
        List<PlanItem> lines = saved.map(p -> p.getLines().stream()
                .map(l -> new PlanItem(l.getItem().getCode(), l.getQuantity())).toList()).orElse(List.of());
        return new PlanContext(caseNumber, serving, parameters.amount("retrofit.cap_per_household", on),
                programme.getCentralPercent(), programme.getRegionPercent(), lines,
                saved.map(RetrofitPlan::getWishes).orElse(""));
    }

    /** The saved plan of a case, if any. */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> plan(String caseNumber) {
        return plans.findByApplicationId(get(caseNumber).getId()).map(this::summaryOf);
    }

    private PlanSummary summaryOf(RetrofitPlan plan) {
        List<String> lines = plan.getLines().stream().map(l -> l.getItem().getNameZh() + " × " + l.getQuantity()
                + l.getItem().getUnitLabel() + "（" + yuan(l.getAmount()) + " 元）").toList();
        return new PlanSummary(plan.getTotal(), plan.getCap(), plan.split(), lines);
    }

    /**
     * The year's list in priority order (score, then earlier application), funded while the
     * budget and the target last; it stops at the first household the rest of the budget cannot
     * cover, which then waits for next year with its priority. A household without a plan counts
     * at the cap.
     */
    @Transactional(readOnly = true)
    public List<RankedHousehold> yearList(int year) {
        Programme programme = programme(year);
        List<RetrofitApplication> running = applications.findByProgrammeYear(year).stream()
                .filter(a -> a.getStatus().inTheRunning()
                        && a.getStatus().ordinal() >= CaseStatus.PUBLIC_NOTICE.ordinal())
                .sorted(Comparator.comparingInt(RetrofitApplication::getPriorityScore).reversed()
                        .thenComparing(RetrofitApplication::getReceivedAt))
                .toList();
        List<RankedHousehold> list = new ArrayList<>();
        BigDecimal left = programme.getBudget();
        boolean stopped = false;
        int rank = 0;
        for (RetrofitApplication a : running) {
            BigDecimal estimate = plans.findByApplicationId(a.getId()).map(RetrofitPlan::getTotal)
                    .orElseGet(() -> parameters.amount("retrofit.cap_per_household", a.getReceivedAt().toLocalDate()));
            rank++;
            boolean funded = !stopped && estimate.compareTo(left) <= 0 && rank <= programme.getTargetHouseholds();
            if (funded) {
                left = left.subtract(estimate);
            } else {
                stopped = true;
            }
            list.add(new RankedHousehold(rank, a.getCaseNumber(), Masking.name(headName(a)),
                    a.getHousehold().getGrassRootsUnit(), a.getPriorityScore(), estimate, funded, a.getStatus()));
        }
        return list;
    }

    /** The year's programme against its target and budget. */
    public record Progress(int year, int targetHouseholds, BigDecimal budget, int centralPercent, int regionPercent,
            int cityPercent, Map<CaseStatus, Long> byStatus, BigDecimal planned, BigDecimal paid, String reference) {
    }

    @Transactional(readOnly = true)
    public Progress progress(int year) {
        Programme p = programme(year);
        Map<CaseStatus, Long> byStatus = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0L);
        }
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (RetrofitApplication a : applications.findByProgrammeYear(year)) {
            byStatus.merge(a.getStatus(), 1L, Long::sum);
            Optional<RetrofitPlan> plan = plans.findByApplicationId(a.getId());
            if (plan.isPresent() && a.getStatus().inTheRunning()) {
                planned = planned.add(plan.get().getTotal());
                if (a.getPaidAt() != null) {
                    paid = paid.add(plan.get().getTotal());
                }
            }
        }
        return new Progress(year, p.getTargetHouseholds(), p.getBudget(), p.getCentralPercent(), p.getRegionPercent(),
                p.getCityPercent(), byStatus, planned, paid, p.getReference());
    }

    /** Years with a programme, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> programmeYears() {
        return programmes.findAll().stream().map(Programme::getProgrammeYear).sorted(Comparator.reverseOrder()).toList();
    }

    /** The household sent its supplement after the one-time notice: back to 初审. */
    @Transactional
    public void supplementReceived(String caseNumber, String user) {
        if (get(caseNumber).getStatus() != CaseStatus.RETURNED) {
            throw new RetrofitRuleException("notReturned");
        }
        message(RetrofitProcess.MSG_SUPPLEMENT, caseNumber);
        audit.record(user, "RETROFIT_SUPPLEMENT", caseNumber, null);
    }

    /** An objection during 公示; CDPF verifies it. The text stays in the audit trail only. */
    @Transactional
    public void raiseObjection(String caseNumber, String summary, String user) {
        RetrofitApplication application = get(caseNumber);
        if (application.getStatus() != CaseStatus.PUBLIC_NOTICE) {
            throw new RetrofitRuleException("objectionOutsideNotice");
        }
        requireText(summary, "objectionText");
        message(RetrofitProcess.MSG_OBJECTION, caseNumber);
        audit.record(user, "RETROFIT_OBJECTION", caseNumber, summary);
    }

    /**
     * A procurement batch contracted: every case in it goes to construction. Cases must belong
     * to that year and wait for procurement.
     */
    @Transactional
    public void contractBatch(int year, String batchCode, List<String> caseNumbers, String user) {
        if (batchCode == null || batchCode.isBlank() || batchCode.strip().length() > 40) {
            throw new RetrofitRuleException("batchCode", 40);
        }
        if (caseNumbers.isEmpty()) {
            throw new RetrofitRuleException("batchEmpty");
        }
        batchCode = batchCode.strip();
        for (String caseNumber : caseNumbers) {
            RetrofitApplication a = get(caseNumber);
            boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                    .activityId(RetrofitProcess.RECEIVE_PROCUREMENT).count() > 0;
            if (a.getProgrammeYear() != year || !waiting) {
                throw new RetrofitRuleException("notAwaitingProcurement", caseNumber, String.valueOf(year));
            }
        }
        for (String caseNumber : caseNumbers) {
            get(caseNumber).contracted(batchCode);
            message(RetrofitProcess.MSG_CONTRACTED, caseNumber);
        }
        audit.record(user, "RETROFIT_BATCH", batchCode, year + ": " + String.join(",", caseNumbers));
    }

    /** The household declines, moves or dies before the works: the case ends as withdrawn. */
    @Transactional
    public void decline(String caseNumber, String reason, String user) {
        RetrofitApplication a = get(caseNumber);
        requireText(reason, "reasonRequired");
        if (!a.getStatus().inTheRunning() || a.getBatchCode() != null
                || a.getStatus().ordinal() >= CaseStatus.ACCEPTANCE.ordinal()) {
            throw new RetrofitRuleException("declineTooLate");
        }
        runtime.createMessageCorrelation(RetrofitProcess.MSG_DECLINED).processInstanceBusinessKey(caseNumber)
                .setVariable("declineReason", reason).correlateWithResult();
        audit.record(user, "RETROFIT_DECLINED", caseNumber, reason);
    }

    private static void requireText(String text, String key) {
        if (text == null || text.isBlank() || text.strip().length() > 500) {
            throw new RetrofitRuleException(key, 500);
        }
    }

    /** A case in a list for actions: number, masked head, unit, status and the plan's total (or null). */
    public record CaseLine(String caseNumber, String maskedHead, String grassRootsUnit, String leadAgency,
            CaseStatus status, BigDecimal planTotal) {
    }

    /** The year's cases that still run, in case-number order. */
    @Transactional(readOnly = true)
    public List<CaseLine> openCases(int year) {
        return applications.findByProgrammeYear(year).stream().filter(a -> a.getStatus().inTheRunning())
                .sorted(Comparator.comparing(RetrofitApplication::getCaseNumber)).map(this::line).toList();
    }

    /** The year's cases waiting in 等待批次政府采购 (household signed the plan), for a procurement batch. */
    @Transactional(readOnly = true)
    public List<CaseLine> awaitingProcurement(int year) {
        return applications.findByProgrammeYear(year).stream()
                .filter(a -> runtime.createExecutionQuery().processInstanceBusinessKey(a.getCaseNumber())
                        .activityId(RetrofitProcess.RECEIVE_PROCUREMENT).count() > 0)
                .sorted(Comparator.comparing(RetrofitApplication::getCaseNumber)).map(this::line).toList();
    }

    /** One case as a line, if it exists. */
    @Transactional(readOnly = true)
    public Optional<CaseLine> caseLine(String caseNumber) {
        return applications.findByCaseNumber(caseNumber).map(this::line);
    }

    /** The agency leading the procedure today ({@code retrofit.lead_agency}). */
    @Transactional(readOnly = true)
    public String leadAgencyToday() {
        return parameters.text("retrofit.lead_agency", LocalDate.now(clock));
    }

    private CaseLine line(RetrofitApplication a) {
        return new CaseLine(a.getCaseNumber(), Masking.name(headName(a)), a.getHousehold().getGrassRootsUnit(),
                a.getLeadAgency(), a.getStatus(), plans.findByApplicationId(a.getId()).map(RetrofitPlan::getTotal).orElse(null));
    }

    /** The case's coarse status, for views and tests. */
    @Transactional(readOnly = true)
    public CaseStatus status(String caseNumber) {
        return get(caseNumber).getStatus();
    }

    /** The catalogue, in its order: code, Chinese and English name, unit and price. */
    public record CatalogueItem(String code, String nameZh, String nameEn, String unit, BigDecimal unitPrice) {
    }

    @Transactional(readOnly = true)
    public List<CatalogueItem> catalogue() {
        return items.findAllByOrderByIdAsc().stream().map(RetrofitService::catalogueItem).toList();
    }

    private static CatalogueItem catalogueItem(RetrofitItem i) {
        return new CatalogueItem(i.getCode(), i.getNameZh(), i.getNameEn(), i.getUnitLabel(), i.getUnitPrice());
    }

    private void message(String name, String caseNumber) {
        runtime.createMessageCorrelation(name).processInstanceBusinessKey(caseNumber).correlateWithResult();
    }

    /** The household's grass-roots unit of a case. */
    @Transactional(readOnly = true)
    public String grassRootsUnitOf(String caseNumber) {
        return get(caseNumber).getHousehold().getGrassRootsUnit();
    }

    /** The running process instance of a case (demo data fires its timers). */
    String processInstanceOf(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    RetrofitApplication get(String caseNumber) {
        return applications.findByCaseNumber(caseNumber).orElseThrow(() -> new RetrofitRuleException("noCase", caseNumber));
    }

    String headName(RetrofitApplication a) {
        return people.findAllById(List.of(a.getHousehold().getHeadPersonId())).get(0).getName();
    }

    private Programme programme(int year) {
        return programmes.findByProgrammeYear(year).orElseThrow(() -> new RetrofitRuleException("noProgramme", String.valueOf(year)));
    }

    /** An amount as printed: 6,000.00. */
    public static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }
}
