package org.tongban.organisation;

/**
 * What a user may do, independent of the unit they belong to. Each role is a Camunda group
 * of type {@link #GROUP_TYPE}; its id cannot clash with a unit code, which is upper case.
 */
public enum Role {
    OFFICER, SUPERVISOR, COMMITTEE, ADMIN;

    public static final String GROUP_TYPE = "ROLE";

    public String groupId() {
        return "role-" + name().toLowerCase();
    }

    /** The Spring Security authority, checked by {@code @RolesAllowed} and request rules. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static java.util.Optional<Role> ofGroupId(String groupId) {
        for (Role role : values()) {
            if (role.groupId().equals(groupId)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
