package org.tongban.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's chosen UI language, kept across sign-outs. */
@Entity
@Table(name = "user_preference")
class UserPreference {

    @Id
    private String username;
    private String locale;
    private LocalDateTime updatedAt;

    protected UserPreference() {
    }

    UserPreference(String username) {
        this.username = username;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale, LocalDateTime at) {
        this.locale = locale;
        this.updatedAt = at;
    }
}
