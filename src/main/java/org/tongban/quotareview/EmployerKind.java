package org.tongban.quotareview;

/** The kind of employer: it decides the small-enterprise exemption (enterprises only). */
public enum EmployerKind {
    ENTERPRISE, PUBLIC_INSTITUTION, AGENCY;

    public boolean isEnterprise() {
        return this == ENTERPRISE;
    }
}
