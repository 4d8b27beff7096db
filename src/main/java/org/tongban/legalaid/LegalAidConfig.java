package org.tongban.legalaid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code legal-aid.bpmn} names in expressions. */
@Configuration
class LegalAidConfig {

    @Bean
    LegalAidTimers legalAidTimers(LegalAidParameters parameters) {
        return new LegalAidTimers(parameters);
    }
}
