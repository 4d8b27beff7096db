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

    /** A person's name in Chinese order (family name first); the user name if none is recorded. */
    public static String displayName(String username, String familyName, String givenName) {
        String name = ((familyName == null ? "" : familyName) + (givenName == null ? "" : givenName)).trim();
        return name.isEmpty() ? username : name;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
