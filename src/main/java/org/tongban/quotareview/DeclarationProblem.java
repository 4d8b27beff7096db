package org.tongban.quotareview;

/** A refused field of a declaration: its path (e.g. {@code roster[2].cardNumber}) and a translation key. */
public record DeclarationProblem(String field, String messageKey) {
}
