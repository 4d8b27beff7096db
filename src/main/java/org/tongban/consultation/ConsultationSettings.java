package org.tongban.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param replyDays calendar days an agency has to answer a referred consultation (default; the
 *                  SLA policies replace this when they land)
 */
@ConfigurationProperties("tongban.consultation")
public record ConsultationSettings(int replyDays) {

    public ConsultationSettings {
        if (replyDays <= 0) {
            replyDays = 5;
        }
    }
}
