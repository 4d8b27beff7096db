package org.tongban.committee;

import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/** Who may read the committee's figures: the committee, supervisors and administrators. */
final class CommitteeAccess {

    private CommitteeAccess() {
    }

    static boolean allowed(TongbanUser user) {
        return user != null && (user.has(Role.COMMITTEE) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN));
    }

    static void require(TongbanUser user) {
        if (!allowed(user)) {
            throw new SecurityException("The committee figures are for the committee, supervisors and administrators");
        }
    }
}
