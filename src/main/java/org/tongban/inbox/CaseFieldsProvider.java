package org.tongban.inbox;

/**
 * Implemented by each procedure (a Spring bean) to feed the inbox the business fields of its
 * cases; the inbox never reads process variables for its lists.
 */
public interface CaseFieldsProvider {

    /** The process definition key this provider answers for. */
    String processKey();

    /** The fields of the case with this process instance and case number (business key). */
    CaseFields fieldsOf(String processInstanceId, String caseNumber);
}
