package org.tongban.documents;

import java.util.List;
import java.util.Objects;

/**
 * What a procedure writes on a document: the recipient (主送, blank for a 公示), the title, the
 * body, the legal basis and the remedy (both blank where they do not apply). Number, date,
 * issuing agency and signature are added when the document is issued.
 */
public record DocumentContent(String recipient, String title, List<Block> body, String legalBasis, String remedy) {

    public DocumentContent {
        recipient = blankToEmpty(recipient);
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        legalBasis = blankToEmpty(legalBasis);
        remedy = blankToEmpty(remedy);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
