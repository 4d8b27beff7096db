package org.tongban.legalaid;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.tongban.inbox.RuleRefusal;

/**
 * Keeps objections and complaints away from the officer who decided (legal-aid.md: "never through the
 * officers who decided"): remembers who completed the decision or terminated the aid, and refuses to let that officer claim,
 * be assigned or complete the objection or complaint task. A plain class (no Spring), so the in-memory
 * process tests run it unchanged.
 */
public class OtherOfficerGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String actor = actor(task);
        if (LegalAidProcess.TASK_DECIDE_APPLICATION.equals(task.getTaskDefinitionKey())) {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && actor != null) {
                task.getExecution().setVariable(LegalAidProcess.VAR_DECIDED_BY, actor);
            }
            return;
        }
        if (LegalAidProcess.TASK_SUPERVISE_HANDLING.equals(task.getTaskDefinitionKey())) {
            // A termination (第48条) is a decision too: its objection goes to someone else.
            Object outcome = task.getVariable(LegalAidProcess.VAR_HANDLING_OUTCOME);
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && actor != null
                    && outcome != null && outcome.toString().startsWith(LegalAidSteps.TERMINATE)) {
                task.getExecution().setVariable(LegalAidProcess.VAR_DECIDED_BY, actor);
            }
            return;
        }
        Object decidedBy = task.getExecution().getVariable(LegalAidProcess.VAR_DECIDED_BY);
        if (decidedBy != null && decidedBy.equals(actor)) {
            throw new RuleRefusal("legalaid.error.sameOfficer");
        }
    }

    /** The assignee being set or completing; else the engine's authenticated user. */
    private static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var auth = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
