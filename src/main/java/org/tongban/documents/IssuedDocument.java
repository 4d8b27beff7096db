package org.tongban.documents;

import java.time.LocalDateTime;

/**
 * A stored document without its bytes: what lists, links and the audit trail need.
 *
 * @param verificationCode the code printed on every page, the first 12 hex digits of {@code contentSha256}
 * @param fileSha256 the SHA-256 of the stored PDF file
 */
public record IssuedDocument(long id, String caseNumber, DocumentKind kind, String step, String agencyCode,
        String number, String verificationCode, String contentSha256, String fileSha256, int size,
        String issuedBy, LocalDateTime issuedAt) {

    /** The file name offered for download, e.g. {@code 二残联决〔2026〕12号.pdf}. */
    public String fileName() {
        return number + ".pdf";
    }
}
