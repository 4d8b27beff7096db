package org.tongban.security;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.tongban.organisation.Role;

/**
 * The signed-in user: who they are, the one unit (agency, grass-roots unit or committee) they
 * work for, and their roles. Kept in the HTTP session, hence serializable.
 */
public record TongbanUser(String username, String displayName, String unitCode, Set<Role> roles)
        implements AuthenticatedPrincipal, Serializable {

    public TongbanUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
