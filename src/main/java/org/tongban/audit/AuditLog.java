package org.tongban.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit trail; an entry joins the caller's transaction so it stands or falls with the act. */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String username, String action, String subject, String detail) {
        String trimmed = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        events.save(new AuditEvent(LocalDateTime.now(clock), username, action, subject, trimmed));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byUser(String username) {
        return events.findByUsernameOrderByIdDesc(username);
    }
}
