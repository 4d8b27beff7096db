package org.tongban.cases;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by each procedure (a Spring bean) to give the case view its summary. Only what the
 * agencies on the case need, with ID and card numbers masked (common.md §6).
 */
public interface CaseSummaryProvider {

    /** The process definition key this provider answers for. */
    String processKey();

    /** The summary of the case with this number, labels translated into {@code locale}. */
    List<CaseFact> summary(String caseNumber, Locale locale);
}
