package org.tongban.placement;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.inbox.InboxQueries;
import org.tongban.people.PeopleRegistry;
import org.tongban.placement.PlacementOverview.Action;
import org.tongban.security.TongbanUser;

/** Reads placement cases for their work page and list (HRSS and CDPF officers only). */
@Service
public class PlacementOverviews {

    /** One line of the list of placement cases. */
    public record Row(String caseNumber, String applicantMasked, String grassRootsUnit, String status,
            java.time.LocalDate received) {
    }

    private final PlacementOperations operations;
    private final WelfareApplicationRepository applications;
    private final PlacementRepository placements;
    private final PlacementClaimRepository claims;
    private final PlacementEventRepository events;
    private final WelfarePlacementSummary summaries;
    private final PostChoices postChoices;
    private final PeopleRegistry people;
    private final RuntimeService runtime;
    private final InboxQueries inbox;
    private final PlacementParameters parameters;

    PlacementOverviews(PlacementOperations operations, WelfareApplicationRepository applications,
            PlacementRepository placements, PlacementClaimRepository claims, PlacementEventRepository events,
            WelfarePlacementSummary summaries, PostChoices postChoices, PeopleRegistry people, RuntimeService runtime,
            InboxQueries inbox, PlacementParameters parameters) {
        this.operations = operations;
        this.applications = applications;
        this.placements = placements;
        this.claims = claims;
        this.events = events;
        this.summaries = summaries;
        this.postChoices = postChoices;
        this.people = people;
        this.runtime = runtime;
        this.inbox = inbox;
        this.parameters = parameters;
    }

    /** The placement cases that are not yet over, newest first, names masked; empty for other agencies. */
    @Transactional(readOnly = true)
    public List<Row> openCases(TongbanUser user) {
        if (!operations.mayRecord(user)) {
            return List.of();
        }
        return applications.findTop200ByStatusInOrderByIdDesc(EnumSet.of(ApplicationStatus.IN_REVIEW,
                ApplicationStatus.PUBLIC_NOTICE, ApplicationStatus.IN_SERVICE)).stream()
                .map(a -> new Row(a.getCaseNumber(), people.findById(a.getPersonId())
                        .map(p -> org.tongban.people.Masking.name(p.getName())).orElse(""), a.getGrassRootsUnit(),
                        a.getStatus().name(), a.getReceivedAt().toLocalDate()))
                .toList();
    }

    /** The case's work page, or empty when the user may not see or record on it. */
    @Transactional(readOnly = true)
    public Optional<PlacementOverview> of(TongbanUser user, String caseNumber, Locale locale) {
        return operations.accessible(user, caseNumber).map(a -> overview(a, locale));
    }

    /** The posts the case may be matched to now (the post picker). */
    @Transactional(readOnly = true)
    public List<PostChoice> postChoices(TongbanUser user, String caseNumber) {
        return operations.accessible(user, caseNumber).map(a -> postChoices.open(a.getGrassRootsUnit())).orElse(List.of());
    }

    private PlacementOverview overview(WelfareApplication a, Locale locale) {
        String caseNumber = a.getCaseNumber();
        Optional<Placement> placement = placements.findByApplicationId(a.getId());
        List<PlacementOverview.ClaimLine> claimLines = placement.map(p -> claims.findByPlacementIdOrderByPeriodStart(p.getId())
                .stream().map(c -> new PlacementOverview.ClaimLine(c.getPeriodStart(), c.getPeriodEnd(), c.getMonthsWorked(),
                        c.getComputedAmount(), c.getAmount(), c.getStatus().name(), c.getReductionReason())).toList())
                .orElse(List.of());
        List<PlacementOverview.EventLine> eventLines = events.findByApplicationIdOrderById(a.getId()).stream()
                .map(e -> new PlacementOverview.EventLine(e.getKind().name(), e.getEventDate(), e.getCode(), e.getNote(),
                        e.isLate(), e.getRecordedBy())).toList();
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (awaits(caseNumber, WelfarePlacementProcess.MSG_CLAIM_FILED)) {
            actions.add(Action.CLAIM);
        }
        if (awaits(caseNumber, WelfarePlacementProcess.MSG_OBJECTION)) {
            actions.add(Action.OBJECTION);
        }
        if (awaits(caseNumber, WelfarePlacementProcess.MSG_PLACEMENT_ENDED)) {
            actions.add(Action.EXIT);
        }
        if (a.getStatus() == ApplicationStatus.IN_SERVICE) {
            actions.add(Action.ASSESSMENT);
        }
        String matchTask = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(WelfarePlacementProcess.KEY).list().stream()
                .flatMap(pi -> inbox.openTasksOfCase(pi.getId()).stream())
                .filter(t -> WelfarePlacementProcess.TASK_MATCH.equals(t.taskDefinitionKey())).map(t -> t.taskId())
                .findFirst().orElse(null);
        if (matchTask != null) {
            actions.add(Action.MATCH);
        }
        int cycle = parameters.on(a.getReferenceDate()).number("placement.claim_cycle_months");
        return new PlacementOverview(caseNumber, a.getStatus().name(), summaries.summary(caseNumber, locale), claimLines,
                eventLines, actions, cycle, matchTask, a.getGrassRootsUnit());
    }

    private boolean awaits(String caseNumber, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message)
                .count() > 0;
    }
}
