package org.tongban.inbox;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.tongban.security.TongbanUser;

/** Users' names as people read them (王丽娟), looked up in Camunda's identity service. */
@Component
class UserNames {

    private final IdentityService identity;

    UserNames(IdentityService identity) {
        this.identity = identity;
    }

    /** The user's name, the user name itself for an unknown user, or "" for none. */
    String of(String username) {
        if (username == null) {
            return "";
        }
        var user = identity.createUserQuery().userId(username).singleResult();
        return user == null ? username : TongbanUser.displayName(username, user.getLastName(), user.getFirstName());
    }
}
