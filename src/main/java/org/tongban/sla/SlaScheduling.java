package org.tongban.sla;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the escalation rounds. */
@Configuration
@EnableScheduling
class SlaScheduling {
}
