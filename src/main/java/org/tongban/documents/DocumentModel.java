package org.tongban.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Everything printed on a document: the procedure's content plus number, issuer and date. */
record DocumentModel(DocumentKind kind, Issuer issuer, String number, String caseNumber,
        LocalDateTime issuedAt, DocumentContent content) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The date as printed above the signature: 2026年3月5日 (GB/T 9704: Arabic numerals, no padding). */
    String dateText() {
        return DATE.format(issuedAt);
    }

    /**
     * SHA-256 (hex) of what is printed, in a fixed order. A document cannot carry the hash of
     * its own file, so the code on every page digests the content; the stored file has its own hash.
     */
    String contentSha256() {
        StringBuilder s = new StringBuilder();
        s.append("kind=").append(kind.name()).append('\n')
                .append("issuer=").append(issuer.agencyCode()).append('|').append(issuer.headerName()).append('\n')
                .append("number=").append(number).append('\n')
                .append("case=").append(caseNumber).append('\n')
                .append("date=").append(dateText()).append('\n')
                .append("recipient=").append(content.recipient()).append('\n')
                .append("title=").append(content.title()).append('\n');
        for (Block block : content.body()) {
            s.append(block.getClass().getSimpleName()).append('=').append(block.text()).append('\n');
        }
        s.append("legalBasis=").append(content.legalBasis()).append('\n')
                .append("remedy=").append(content.remedy()).append('\n');
        return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The short code printed with its QR code on every page: the first 12 hex digits of the content digest. */
    String verificationCode() {
        return contentSha256().substring(0, 12);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
