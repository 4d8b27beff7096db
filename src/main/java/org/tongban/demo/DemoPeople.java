package org.tongban.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.organisation.OrgStartup;
import org.tongban.people.PeopleRegistry;

/** Fills an empty registry with the synthetic people, in one transaction. */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 1)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final long SEED = 15_2501L;

    private final PeopleRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPeople(PeopleRegistry registry, TransactionTemplate transaction, Clock clock) {
        this.registry = registry;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.countPersons() > 0) {
            return;
        }
        var people = new SyntheticPeople(SEED, LocalDate.now(clock)).generate();
        transaction.executeWithoutResult(status -> people.forEach(registry::register));
        log.info("Registered {} synthetic people", people.size());
    }
}
