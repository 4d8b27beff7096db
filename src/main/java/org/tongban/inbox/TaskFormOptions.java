package org.tongban.inbox;

import java.util.List;
import java.util.Map;
import org.tongban.forms.FormComponent;

/**
 * Implemented by a procedure (a Spring bean) whose forms offer choices that depend on the case
 * and the day, e.g. the institutions with a free place for this child. The inbox shows and checks
 * these choices instead of the form file's own list, so a choice not offered is refused.
 */
public interface TaskFormOptions {

    /** The process definition key this provider answers for. */
    String processKey();

    /** Field key → the choices for that field of this task of this case; fields not named keep the form's list. */
    Map<String, List<FormComponent.Option>> optionsFor(String taskDefinitionKey, String caseNumber);
}
