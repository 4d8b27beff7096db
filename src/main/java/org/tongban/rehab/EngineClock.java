package org.tongban.rehab;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in Erenhot's zone: case dates follow the same "now" as the process, so demo
 * data written with a moved engine clock and process tests with {@code ClockUtil} stay consistent.
 */
final class EngineClock extends Clock {

    static final EngineClock INSTANCE = new EngineClock();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private EngineClock() {
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
