package org.tongban.documents;

import java.util.Objects;

/**
 * A procedure's request to issue a document. The case number, kind and step (the business step
 * issuing it, e.g. {@code Task_DecideApplication}) identify the document: asking again returns the
 * document already issued instead of a new number.
 */
public record DocumentRequest(DocumentKind kind, String agencyCode, String caseNumber, String step,
        DocumentContent content) {

    public DocumentRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(content, "content");
        if (caseNumber.isBlank() || caseNumber.length() > 32) {
            throw new IllegalArgumentException("The case number must have 1–32 characters: " + caseNumber);
        }
        if (step.isBlank() || step.length() > 64) {
            throw new IllegalArgumentException("The step must have 1–64 characters: " + step);
        }
    }
}
