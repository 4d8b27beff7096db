package org.tongban.cases;

/** One line of a case summary: a label in the user's language and a value, masked where personal. */
public record CaseFact(String label, String value) {
}
