package org.tongban.retrofit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tongban.security.TongbanUser;

/**
 * The actions outside the inbox, each checked against the user's agency before the service acts:
 * an objection during 公示 (lead agency or CDPF, which verifies it), the supplement received after
 * the one-time notice (the household's grass-roots unit or the lead agency), the household
 * declining before the works (grass-roots unit, lead agency or CDPF) and a procurement batch
 * (lead agency). A case of another agency is refused like one that does not exist.
 */
@Service
public class RetrofitCaseActions {

    private static final String CDPF = "CDPF";

    private final RetrofitService service;

    RetrofitCaseActions(RetrofitService service) {
        this.service = service;
    }

    /** What the user may do on a case. */
    public enum Action { OBJECTION, SUPPLEMENT, DECLINE }

    /** Whether the user's agency may take the action on the case (whatever the case's step). */
    public boolean may(TongbanUser user, RetrofitService.CaseLine c, Action action) {
        String unit = user.unitCode();
        if (unit == null) {
            return false;
        }
        return switch (action) {
            case OBJECTION -> unit.equals(c.leadAgency()) || CDPF.equals(unit);
            case SUPPLEMENT -> unit.equals(c.grassRootsUnit()) || unit.equals(c.leadAgency());
            case DECLINE -> unit.equals(c.grassRootsUnit()) || unit.equals(c.leadAgency()) || CDPF.equals(unit);
        };
    }

    /** The year's running cases on which the user may take at least one action. */
    public List<RetrofitService.CaseLine> cases(TongbanUser user, int year) {
        return service.openCases(year).stream()
                .filter(c -> may(user, c, Action.OBJECTION) || may(user, c, Action.SUPPLEMENT) || may(user, c, Action.DECLINE))
                .toList();
    }

    public void objection(TongbanUser user, String caseNumber, String summary) {
        check(user, caseNumber, Action.OBJECTION);
        service.raiseObjection(caseNumber, summary == null ? null : summary.strip(), user.username());
    }

    public void supplementReceived(TongbanUser user, String caseNumber) {
        check(user, caseNumber, Action.SUPPLEMENT);
        service.supplementReceived(caseNumber, user.username());
    }

    public void decline(TongbanUser user, String caseNumber, String reason) {
        check(user, caseNumber, Action.DECLINE);
        service.decline(caseNumber, reason == null ? null : reason.strip(), user.username());
    }

    /** Whether the user's agency leads the procedure this year and so runs its procurement. */
    public boolean runsProcurement(TongbanUser user) {
        return user.unitCode() != null && user.unitCode().equals(service.leadAgencyToday());
    }

    /** The households with a signed plan waiting for procurement, for the lead agency. */
    public List<RetrofitService.CaseLine> awaitingProcurement(TongbanUser user, int year) {
        return runsProcurement(user) ? service.awaitingProcurement(year) : List.of();
    }

    /** One procurement batch over the selected households: each goes on to construction. */
    public void contractBatch(TongbanUser user, int year, String batchCode, List<String> caseNumbers) {
        if (!runsProcurement(user)) {
            throw new RetrofitRuleException("notYourCase");
        }
        service.contractBatch(year, batchCode, caseNumbers, user.username());
    }

    private void check(TongbanUser user, String caseNumber, Action action) {
        service.caseLine(caseNumber).filter(line -> may(user, line, action))
                .orElseThrow(() -> new RetrofitRuleException("notYourCase"));
    }
}
