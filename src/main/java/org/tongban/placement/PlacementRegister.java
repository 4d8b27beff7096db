package org.tongban.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.placement.PlacementOutcome.Result;

/**
 * Places a person (step 7): checks the contract, raises the count and writes the placement in one
 * transaction, so that a refusal leaves nothing behind and a success cannot be doubled.
 */
@Component
class PlacementRegister {

    static final String AUDIT_PLACED = "WP_PLACED";
    static final String AUDIT_REFUSED = "WP_PLACEMENT_REFUSED";
    private static final Logger log = LoggerFactory.getLogger(PlacementRegister.class);

    private final WelfareApplicationRepository applications;
    private final PlacementRepository placements;
    private final PlacementCounter counter;
    private final PlacementParameters parameters;
    private final PeopleRegistry people;
    private final AuditLog audit;
    private final Clock clock;

    PlacementRegister(WelfareApplicationRepository applications, PlacementRepository placements,
            PlacementCounter counter, PlacementParameters parameters, PeopleRegistry people, AuditLog audit,
            Clock clock) {
        this.applications = applications;
        this.placements = placements;
        this.counter = counter;
        this.parameters = parameters;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Places the applicant of this case under these contract terms, or says why not. Asking again
     * for a case already placed answers PLACED without counting twice (a retried request).
     */
    @Transactional
    public PlacementOutcome place(String caseNumber, ContractTerms terms, String username) {
        WelfareApplication application = applications.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("No welfare placement case " + caseNumber));
        long personId = application.getPersonId();
        if (placements.findByApplicationId(application.getId()).isPresent()) {
            return new PlacementOutcome(Result.PLACED, counter.count(personId).placements());
        }
        PlacementRules rules = parameters.on(application.getReferenceDate());
        Result contractProblem = contractProblem(terms, rules);
        if (contractProblem != null) {
            return refused(application, contractProblem, username);
        }
        Person person = people.findById(personId).orElseThrow();
        PlacementRules.Term term = rules.term(terms.start(), person.getBirthDate(), application.getRetirementGroup());
        counter.lockAndEnsure(personId);
        if (!counter.raise(personId, rules.cap(), term.start(), term.end())) {
            PlacementCounter.Count now = counter.count(personId);
            return refused(application, now.placements() >= rules.cap() ? Result.CAP_REACHED : Result.TERM_NOT_EXPIRED,
                    username);
        }
        int ordinal = counter.count(personId).placements();
        placements.saveAndFlush(new Placement(personId, ordinal, application.getId(), application.getPostId(), term,
                terms.contractMonths(), terms.monthlyWage(), LocalDateTime.now(clock)));
        application.moveTo(ApplicationStatus.IN_SERVICE);
        audit.record(username, AUDIT_PLACED, caseNumber, "placement " + ordinal + " of person#" + personId
                + ", term " + term.start() + "–" + term.end() + " " + term.basis());
        log.info("{}: person#{} placed ({} of cap {})", caseNumber, personId, ordinal, rules.cap());
        return new PlacementOutcome(Result.PLACED, ordinal);
    }

    private static Result contractProblem(ContractTerms terms, PlacementRules rules) {
        if (terms.contractMonths() < rules.minContractMonths()) {
            return Result.CONTRACT_TOO_SHORT;
        }
        if (terms.monthlyWage() == null || terms.monthlyWage().compareTo(rules.minimumWage()) < 0) {
            return Result.WAGE_BELOW_MINIMUM;
        }
        if (!terms.socialInsurance()) {
            return Result.NO_SOCIAL_INSURANCE;
        }
        return null;
    }

    private PlacementOutcome refused(WelfareApplication application, Result reason, String username) {
        audit.record(username, AUDIT_REFUSED, application.getCaseNumber(), reason.name());
        PlacementCounter.Count count = counter.count(application.getPersonId());
        return new PlacementOutcome(reason, count == null ? 0 : count.placements());
    }

    /** Today in Erenhot, for callers that place with the contract starting today. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
