package org.tongban.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param attachmentMaxBytes the largest file an officer may attach (default 10 MB) */
@ConfigurationProperties("tongban.inbox")
public record InboxSettings(Long attachmentMaxBytes) {

    public InboxSettings {
        if (attachmentMaxBytes == null || attachmentMaxBytes <= 0) {
            attachmentMaxBytes = 10L * 1024 * 1024;
        }
    }
}
