package org.tongban.inbox;

import java.time.LocalDateTime;

/** A file attached to a case: what the list shows. */
public record AttachmentInfo(String id, String name, String mimeType, String taskId, String user, LocalDateTime at) {
}
