package org.tongban.cases;

import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next case number of a procedure for the current year, from the gap-free
 * {@link YearlyCounter} under the key {@code case:<PREFIX>}.
 */
@Service
public class CaseNumbers {

    private final YearlyCounter counter;
    private final Clock clock;

    CaseNumbers(YearlyCounter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
    }

    @Transactional
    public String next(String prefix) {
        if (!prefix.matches("[A-Z]{2,8}")) {
            throw new IllegalArgumentException("Case number prefix must be 2–8 capital letters: " + prefix);
        }
        int year = Year.now(clock).getValue();
        return "%s-%d-%06d".formatted(prefix, year, counter.next("case:" + prefix, year));
    }
}
