package org.tongban.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the SLA clocks ({@code tongban.sla.*}); the defaults are common.md §2's.
 *
 * @param defaultLimitWorkingDays limit of a user task that has no policy row
 * @param warnPercent share of the limit after which the reminder (黄牌) goes out
 * @param supervisionWorkingDays working days after the due time when 督办 goes to the lead agency
 * @param escalationInterval how often each node looks for steps that are due
 * @param mailFrom sender of e-mail notifications; mail goes out only when Spring Mail is configured
 */
@ConfigurationProperties("tongban.sla")
public record SlaSettings(int defaultLimitWorkingDays, int warnPercent, int supervisionWorkingDays,
        Duration escalationInterval, String mailFrom) {

    public SlaSettings {
        defaultLimitWorkingDays = defaultLimitWorkingDays <= 0 ? 5 : defaultLimitWorkingDays;
        warnPercent = warnPercent <= 0 || warnPercent >= 100 ? 75 : warnPercent;
        supervisionWorkingDays = supervisionWorkingDays <= 0 ? 3 : supervisionWorkingDays;
        escalationInterval = escalationInterval == null ? Duration.ofMinutes(1) : escalationInterval;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "tongban@localhost" : mailFrom;
    }
}
