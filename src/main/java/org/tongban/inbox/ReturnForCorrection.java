package org.tongban.inbox;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Return for correction as the models declare it: a user task with the extension property
 * {@code tongban.returnable=true} is completed with {@code returned} true or false.
 */
public final class ReturnForCorrection {

    public static final String PROPERTY = "tongban.returnable";
    public static final String VAR_RETURNED = "returned";

    private ReturnForCorrection() {
    }

    public static boolean isReturnable(UserTask element) {
        if (element == null || element.getExtensionElements() == null) {
            return false;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .stream().flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> PROPERTY.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
    }

    /** Whether the task, being completed, was returned for correction. */
    public static boolean wasReturned(DelegateTask task) {
        return isReturnable(task.getBpmnModelElementInstance()) && Boolean.TRUE.equals(task.getVariable(VAR_RETURNED));
    }
}
