package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.sla.SlaPolicies;

/**
 * Every deployed process, checked as the architecture asks: executable with a history time to
 * live and a version tag; every user task names its agency, has a form in its deployment and a
 * time limit from an SLA policy (never a due date in the model); every delegate expression names
 * a bean.
 */
@TongbanTest
class ProcessModelTest {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$");

    @Autowired RepositoryService repository;
    @Autowired SlaPolicies policies;
    @Autowired ApplicationContext context;

    @Test
    void every_process_and_user_task_is_complete() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (ProcessDefinition definition : definitions) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Process process = model.getModelElementById(definition.getKey());
            String key = definition.getKey();
            if (!process.isExecutable()) {
                problems.add(key + ": not executable");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(key + ": no history time to live");
            }
            if (process.getCamundaVersionTag() == null) {
                problems.add(key + ": no version tag");
            }
            Set<String> forms = formIds(definition.getDeploymentId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = key + "/" + task.getId();
                if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                    problems.add(where + ": no candidate group");
                }
                if (task.getCamundaDueDate() != null) {
                    problems.add(where + ": due date in the model; it belongs in sla_policy");
                }
                if (policies.find(key, task.getId(), LocalDate.now()).isEmpty()) {
                    problems.add(where + ": no SLA policy valid today");
                }
                String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                if (formRef == null) {
                    problems.add(where + ": no form");
                } else if (!forms.contains(formRef)) {
                    problems.add(where + ": form " + formRef + " is not in the deployment");
                }
            }
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                if (expression != null) {
                    Matcher bean = BEAN.matcher(expression);
                    if (!bean.matches() || !context.containsBean(bean.group(1))) {
                        problems.add(key + "/" + element.getId() + ": delegate " + expression + " is not a bean");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The ids of the Camunda Forms in a deployment (what {@code camunda:formRef} names). */
    private Set<String> formIds(String deploymentId) {
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
        return repository.getDeploymentResourceNames(deploymentId).stream().filter(n -> n.endsWith(".form"))
                .map(n -> {
                    try (var in = repository.getResourceAsStream(deploymentId, n)) {
                        Matcher m = id.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                        return m.find() ? m.group(1) : n;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).collect(Collectors.toSet());
    }
}
