package org.tongban.cases;

import java.util.List;
import java.util.Locale;
import org.tongban.security.TongbanUser;

/**
 * Implemented by a procedure (a Spring bean) to offer actions on its case page, as links to its own views,
 * e.g. recording an objection. The case page has checked that the user may see the case; the procedure
 * decides which actions the user's agency and role may take, and checks again when they are taken.
 */
public interface CaseActions {

    /** The process definition key this provider answers for. */
    String processKey();

    /** The actions this user may take on the case, labels translated into {@code locale}. */
    List<CaseAction> actions(TongbanUser user, String caseNumber, Locale locale);
}
