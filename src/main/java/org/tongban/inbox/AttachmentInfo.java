package org.tongban.inbox;

import java.time.LocalDateTime;

/** A file attached to a case: what the list shows; the label says what it is (e.g. a photo after the works), or null. */
public record AttachmentInfo(String id, String name, String mimeType, String taskId, String user, LocalDateTime at,
        String label) {
}
