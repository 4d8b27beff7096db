package org.tongban.committee;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/** The deployed procedures as the committee names them: key, name, user-task names and diagram. */
@Service
public class Procedures {

    /** A procedure (latest deployed version). */
    public record Procedure(String key, String name, String definitionId) {
    }

    private final RepositoryService repository;

    Procedures(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every procedure with user tasks, by name. */
    public List<Procedure> all() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> !repository.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class).isEmpty())
                .map(d -> new Procedure(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getId()))
                .sorted(Comparator.comparing(Procedure::key)).toList();
    }

    /** The user tasks' names by id, in the model's order. */
    public Map<String, String> taskNames(Procedure procedure) {
        Map<String, String> names = new LinkedHashMap<>();
        for (UserTask task : model(procedure).getModelElementsByType(UserTask.class)) {
            names.put(task.getId(), task.getName() == null ? task.getId() : task.getName());
        }
        return names;
    }

    public String diagramXml(Procedure procedure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model(procedure));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private BpmnModelInstance model(Procedure procedure) {
        return repository.getBpmnModelInstance(procedure.definitionId());
    }

}
