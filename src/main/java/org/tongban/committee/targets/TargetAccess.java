package org.tongban.committee.targets;

import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Who may see and who may enter plan figures: the committee, supervisors, administrators and CDPF
 * read (aggregates and case numbers only); only CDPF officers and supervisors enter, since CDPF
 * gathers the figures Tongban does not hold.
 */
public final class TargetAccess {

    static final String CDPF = "CDPF";

    private TargetAccess() {
    }

    public static boolean mayRead(TongbanUser user) {
        return user.has(Role.COMMITTEE) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN) || CDPF.equals(user.unitCode());
    }

    public static boolean mayEnter(TongbanUser user) {
        return CDPF.equals(user.unitCode()) && (user.has(Role.OFFICER) || user.has(Role.SUPERVISOR));
    }
}
