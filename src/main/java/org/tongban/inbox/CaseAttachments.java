package org.tongban.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * The files attached to a case, for a procedure's own steps (a document that prints the photos):
 * the inbox owns the engine's attachments, so procedures read them here, never from TaskService.
 * Callers are the process's own delegates, which run for the case; users go through
 * {@link InboxService#attachments}, which checks their agency.
 */
@Service
public class CaseAttachments {

    /** One attached file with its content. */
    public record CaseFile(String id, String name, String mimeType, String label, byte[] content) {
    }

    private final TaskService tasks;

    CaseAttachments(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The case's files with this label, oldest first. */
    public List<CaseFile> labelled(String processInstanceId, String label) {
        List<CaseFile> files = new ArrayList<>();
        tasks.getProcessInstanceAttachments(processInstanceId).stream()
                .filter(a -> label.equals(a.getDescription()))
                .sorted(Comparator.comparing(a -> a.getCreateTime()))
                .forEach(a -> {
                    try (InputStream in = tasks.getAttachmentContent(a.getId())) {
                        files.add(new CaseFile(a.getId(), a.getName(), a.getType(), a.getDescription(), in.readAllBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return files;
    }
}
