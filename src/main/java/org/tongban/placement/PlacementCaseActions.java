package org.tongban.placement;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.tongban.cases.CaseAction;
import org.tongban.cases.CaseActions;
import org.tongban.security.TongbanUser;

/**
 * On a placement case page, HRSS and CDPF officers get the link to the case's work page, where they
 * record claims, objections, exits and assessments (placement.ui.PlacementWorkView, which checks again).
 */
@Component
class PlacementCaseActions implements CaseActions {

    private final WelfarePostPlanRepository plans;

    PlacementCaseActions(WelfarePostPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public String processKey() {
        return WelfarePlacementProcess.KEY;
    }

    @Override
    public List<CaseAction> actions(TongbanUser user, String caseNumber, Locale locale) {
        boolean worker = "HRSS".equals(user.unitCode()) || "CDPF".equals(user.unitCode());
        if (!worker || plans.findByCaseNumber(caseNumber).isPresent()) {
            return List.of();
        }
        String label = ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString("case.workPage");
        return List.of(new CaseAction("case-work-page", label, "welfare-placement/cases/" + caseNumber));
    }
}
