package org.tongban.legalaid;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tongban.cases.CaseAction;
import org.tongban.cases.CaseActions;
import org.tongban.security.TongbanUser;

/**
 * On a legal-aid case page, JUSTICE officers get the link to record an objection, a complaint or a request
 * to change the worker (legalaid.ui.LegalAidRemedyView, which checks again).
 */
@Component
class LegalAidCaseActions implements CaseActions {

    /** The route of the remedy view, with the case as query parameter. */
    static final String REMEDY_ROUTE = "legal-aid/remedies?case=";

    @Override
    public String processKey() {
        return LegalAidProcess.KEY;
    }

    @Override
    public List<CaseAction> actions(TongbanUser user, String caseNumber, Locale locale) {
        if (!LegalAidRemedies.mayRecord(user)) {
            return List.of();
        }
        return List.of(new CaseAction("legalaid-record-remedy", LegalAidApi.text(locale, "legalaid.remedy.action"),
                REMEDY_ROUTE + caseNumber));
    }
}
