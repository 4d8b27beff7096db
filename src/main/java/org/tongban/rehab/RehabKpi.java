package org.tongban.rehab;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.organisation.Role;
import org.tongban.rehab.RehabEnums.Status;
import org.tongban.security.TongbanUser;

/**
 * The committee's figure (plan target ≥ 90 % basic rehab service): of the year's applicants,
 * the share whose first service agreement started in the same year. Applications withdrawn or
 * not accepted do not count as applicants; refused ones do. Aggregates only, no personal data.
 */
@Service
public class RehabKpi {

    /** The year's applicants, those served within the year, and the share in per cent (one decimal). */
    public record ServedWithinYear(int year, long applicants, long served, double percent) {
    }

    private static final Set<Status> NOT_APPLICANTS = EnumSet.of(Status.WITHDRAWN, Status.NOT_ACCEPTED);

    private final ApplicationRepository applications;
    private final AuditLog audit;

    RehabKpi(ApplicationRepository applications, AuditLog audit) {
        this.applications = applications;
        this.audit = audit;
    }

    /** For the committee, supervisors and administrators; others get a SecurityException. */
    @Transactional
    public ServedWithinYear servedWithinYear(int year, TongbanUser user) {
        if (!user.has(Role.COMMITTEE) && !user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN)) {
            throw new SecurityException(user.username() + " may not read rehab figures");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<RehabApplication> received = applications.receivedBetween(first, last).stream()
                .filter(a -> !NOT_APPLICANTS.contains(a.getStatus())).toList();
        long served = received.stream().filter(a -> a.getServedOn() != null && !a.getServedOn().isAfter(last)).count();
        double percent = received.isEmpty() ? 0 : Math.round(served * 1000.0 / received.size()) / 10.0;
        audit.record(user.username(), "REHAB_KPI_READ", "rehab-rescue:" + year, null);
        return new ServedWithinYear(year, received.size(), served, percent);
    }
}
