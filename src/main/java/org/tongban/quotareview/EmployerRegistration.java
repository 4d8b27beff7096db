package org.tongban.quotareview;

/** What registering an employer needs. */
public record EmployerRegistration(String creditCode, String name, EmployerKind kind, boolean budgetFunded,
        boolean vatRefundUnit, boolean committeeMember) {
}
