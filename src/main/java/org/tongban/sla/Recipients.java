package org.tongban.sla;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.tongban.organisation.Role;

/** Who is told about an escalation: people of an agency in a role, from Camunda's identity service. */
@Component
class Recipients {

    private final IdentityService identity;

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    /** User names of the agency's members who hold the role, in a stable order. */
    List<String> of(String agency, Role role) {
        if (agency == null) {
            return List.of();
        }
        List<String> inRole = identity.createUserQuery().memberOfGroup(role.groupId()).list().stream()
                .map(User::getId).toList();
        return identity.createUserQuery().memberOfGroup(agency).orderByUserId().asc().list().stream()
                .map(User::getId).filter(inRole::contains).toList();
    }

    /** Everyone who holds the role, whatever their unit. */
    List<String> members(Role role) {
        return identity.createUserQuery().memberOfGroup(role.groupId()).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    /** The user's e-mail address, if the identity service has one. */
    String email(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
    }
}
