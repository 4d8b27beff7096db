package org.tongban.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records every interactive sign-in and every refused attempt, including refused REST calls
 * (user name only, never the password). Successful HTTP Basic calls are not sign-ins.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "SIGN_IN", null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        audit.record(String.valueOf(event.getAuthentication().getName()), "SIGN_IN_REFUSED", null,
                event.getException().getClass().getSimpleName());
    }
}
