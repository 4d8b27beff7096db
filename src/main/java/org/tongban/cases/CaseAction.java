package org.tongban.cases;

/** Something the user may do on a case, offered on the case page: a translated label and the link. */
public record CaseAction(String id, String label, String href) {
}
