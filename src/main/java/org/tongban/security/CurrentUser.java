package org.tongban.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<TongbanUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TongbanUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; calling this without one is a programming error (views are secured). */
    public static TongbanUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
