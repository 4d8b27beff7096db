package org.tongban.sla;

import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due escalation steps on every node. Running on several nodes at once is safe: the
 * database decides which node fires each step ({@link Escalations}).
 */
@Component
@ConditionalOnProperty(name = "tongban.sla.escalation-enabled", havingValue = "true", matchIfMissing = true)
class EscalationRunner {

    private static final Logger log = LoggerFactory.getLogger(EscalationRunner.class);

    private final Escalations escalations;
    private final CalendarWatch calendarWatch;

    EscalationRunner(Escalations escalations, CalendarWatch calendarWatch) {
        this.escalations = escalations;
        this.calendarWatch = calendarWatch;
    }

    @Scheduled(fixedDelayString = "${tongban.sla.escalation-interval:PT1M}", initialDelayString = "PT30S")
    void run() {
        try {
            List<Escalations.Fired> fired = escalations.fireDue(ClockUtil.getCurrentTime().toInstant());
            if (!fired.isEmpty()) {
                log.info("SLA escalation: {} step(s) fired", fired.size());
            }
            calendarWatch.checkNextYear(ClockUtil.getCurrentTime().toInstant());
        } catch (RuntimeException e) {
            log.warn("SLA escalation round failed; the next round retries", e);
        }
    }
}
