package org.tongban.placement;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
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
import org.tongban.inbox.RuleRefusal;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.security.TongbanUser;

/**
 * Public-welfare job placement: receives applications (UI and REST) and starts the yearly post
 * plan. With {@link PlacementOperations} (the employer's and the public's events, recorded by
 * officers) the only code that starts or messages {@code welfare-placement}.
 */
@Service
public class WelfarePlacementService {

    /** Cases in these states are still open: a person has at most one at a time. */
    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED,
            ApplicationStatus.RETURNED, ApplicationStatus.IN_REVIEW, ApplicationStatus.PUBLIC_NOTICE,
            ApplicationStatus.IN_SERVICE);

    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final WelfareApplicationRepository applications;
    private final WelfarePostPlanRepository plans;
    private final PlacementParameters parameters;
    private final PeopleRegistry people;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    WelfarePlacementService(RuntimeService runtime, CaseNumbers caseNumbers, WelfareApplicationRepository applications,
            WelfarePostPlanRepository plans, PlacementParameters parameters, PeopleRegistry people, Organisation organisation, AuditLog audit, Clock clock) {
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.applications = applications;
        this.plans = plans;
        this.parameters = parameters;
        this.people = people;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether this user may record applications: CDPF and the grass-roots units. */
    public boolean mayApply(TongbanUser user) {
        return user.unitCode() != null && ("CDPF".equals(user.unitCode())
                || organisation.find(user.unitCode()).filter(u -> u.getKind() == UnitKind.GRASSROOTS).isPresent());
    }

    /** The units an intake user may file for: their own grass-roots unit, or any for CDPF. */
    public List<String> unitsFor(TongbanUser user) {
        if ("CDPF".equals(user.unitCode())) {
            return organisation.ofKind(UnitKind.GRASSROOTS).stream().map(u -> u.getCode()).toList();
        }
        return List.of(user.unitCode());
    }

    /**
     * Checks an application field by field (translation keys {@code placement.error.*}); empty when
     * it may be filed. Used as the user types and again on submission.
     */
    @Transactional(readOnly = true)
    public Map<String, String> validate(TongbanUser user, NewApplication a) {
        Map<String, String> errors = new LinkedHashMap<>();
        String id = a.idNumber() == null ? "" : a.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Person> person = Optional.empty();
        if (id.isEmpty()) {
            errors.put("idNumber", "placement.error.required");
        } else if (!id.matches("\\d{17}[\\dX]") || !IdNumbers.hasValidCheckCharacter(id)) {
            errors.put("idNumber", "placement.error.idNumber");
        } else {
            person = people.findByIdNumber(id);
            if (person.isEmpty()) {
                errors.put("idNumber", "placement.error.notRegistered");
            } else if (person.get().validCard().isEmpty()) {
                errors.put("idNumber", "placement.error.noCard");
            } else if (applications.findByPersonIdOrderById(person.get().getId()).stream()
                    .anyMatch(x -> OPEN.contains(x.getStatus()))) {
                errors.put("idNumber", "placement.error.openCase");
            }
        }
        String card = a.employmentCard() == null ? "" : a.employmentCard().strip();
        if (card.isEmpty()) {
            errors.put("employmentCard", "placement.error.required");
        } else if (!card.matches("[0-9A-Za-z]{6,32}")) {
            errors.put("employmentCard", "placement.error.employmentCard");
        }
        if (a.grassRootsUnit() == null || a.grassRootsUnit().isBlank()) {
            errors.put("grassRootsUnit", "placement.error.required");
        } else if (!unitsFor(user).contains(a.grassRootsUnit())) {
            errors.put("grassRootsUnit", "placement.error.unit");
        }
        if (a.phone() != null && !a.phone().isBlank() && !a.phone().strip().matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}")) {
            errors.put("phone", "placement.error.phone");
        }
        if (a.retirementGroup() != null && person.isPresent()
                && ("M".equals(person.get().getGender()) != (a.retirementGroup() == RetirementGroup.MALE))) {
            errors.put("retirementGroup", "placement.error.retirementGroup");
        }
        return errors;
    }

    /**
     * Files an application and starts its case, or returns the field errors writing nothing. With an
     * idempotency key, a request repeated by the same user returns the case the first one made.
     */
    @Transactional
    public ApplicationResult apply(TongbanUser user, NewApplication a, String idempotencyKey) {
        if (!mayApply(user)) {
            throw new RuleRefusal("placement.new.notAllowed");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null) {
            Optional<WelfareApplication> earlier = applications.findByCreatedByAndIdempotencyKey(user.username(), key);
            if (earlier.isPresent()) {
                return ApplicationResult.again(earlier.get().getCaseNumber());
            }
        }
        Map<String, String> errors = validate(user, a);
        if (!errors.isEmpty()) {
            return ApplicationResult.invalid(errors);
        }
        Person person = people.findByIdNumber(a.idNumber().strip().toUpperCase(java.util.Locale.ROOT)).orElseThrow();
        RetirementGroup group = a.retirementGroup() == null ? RetirementGroup.defaultFor(person.getGender()) : a.retirementGroup();
        String phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().strip();
        String caseNumber = start(person.getId(), a.grassRootsUnit(), a.employmentCard().strip(), group, phone,
                user.username(), key);
        return ApplicationResult.created(caseNumber);
    }

    /** Opens the re-placement case at the expiry of a first term (called by the process). */
    @Transactional
    String reapply(WelfareApplication previous, String username) {
        return start(previous.getPersonId(), previous.getGrassRootsUnit(), previous.getEmploymentCard(),
                previous.getRetirementGroup(), null, username, null);
    }

    private String start(long personId, String unit, String employmentCard, RetirementGroup group, String phone,
            String username, String key) {
        LocalDateTime now = LocalDateTime.now(clock);
        String caseNumber = caseNumbers.next(WelfarePlacementProcess.CASE_PREFIX);
        applications.saveAndFlush(new WelfareApplication(caseNumber, personId, unit, employmentCard, group, phone, now,
                parameters.on(now.toLocalDate()).ids(), username, key));
        Map<String, Object> variables = new HashMap<>();
        variables.put(WelfarePlacementProcess.VAR_PERSON_ID, personId);
        variables.put(WelfarePlacementProcess.VAR_UNIT, unit);
        runtime.startProcessInstanceByKey(WelfarePlacementProcess.KEY, caseNumber, variables);
        audit.record(username, "WP_APPLICATION_RECEIVED", caseNumber, "person#" + personId);
        return caseNumber;
    }

    /** Starts the yearly post plan (step 1) for that year; returns its case number. */
    @Transactional
    public String startPostPlan(int year, String username) {
        Optional<WelfarePostPlan> existing = plans.findByPlanYear(year);
        if (existing.isPresent()) {
            return existing.get().getCaseNumber();
        }
        String caseNumber = caseNumbers.next(WelfarePlacementProcess.CASE_PREFIX);
        plans.saveAndFlush(new WelfarePostPlan(year, caseNumber, LocalDateTime.now(clock)));
        runtime.createMessageCorrelation(WelfarePlacementProcess.MSG_POST_PLAN_DUE).processInstanceBusinessKey(caseNumber)
                .setVariable(WelfarePlacementProcess.VAR_PLAN_YEAR, year).correlateStartMessage();
        audit.record(username, "WP_POST_PLAN_STARTED", caseNumber, "year " + year);
        return caseNumber;
    }
}
