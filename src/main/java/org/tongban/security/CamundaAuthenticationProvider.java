package org.tongban.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.tongban.organisation.Role;
import org.tongban.organisation.UnitKind;

/**
 * Checks a user name and password against Camunda's identity service and turns the user's
 * groups into a {@link TongbanUser}: role groups become roles, the unit group becomes the unit.
 * Used by the login form and by HTTP Basic on {@code /engine-rest}.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

    /** Prefix of the authority that names the user's unit, e.g. {@code UNIT_CDPF}. */
    static final String UNIT_AUTHORITY_PREFIX = "UNIT_";

    private final IdentityService identity;

    CamundaAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        Object credentials = authentication.getCredentials();
        if (username.isEmpty() || credentials == null
                || !identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        TongbanUser user = load(username);
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (user.unitCode() != null) {
            authorities.add(new SimpleGrantedAuthority(UNIT_AUTHORITY_PREFIX + user.unitCode()));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private TongbanUser load(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String unit = null;
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            Role.ofGroupId(group.getId()).ifPresent(roles::add);
            if (unit == null && isUnit(group.getType())) {
                unit = group.getId();
            }
        }
        return new TongbanUser(username, TongbanUser.displayName(username, user.getLastName(), user.getFirstName()),
                unit, roles);
    }

    private static boolean isUnit(String groupType) {
        return UnitKind.AGENCY.name().equals(groupType) || UnitKind.GRASSROOTS.name().equals(groupType)
                || UnitKind.COMMITTEE.name().equals(groupType);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
