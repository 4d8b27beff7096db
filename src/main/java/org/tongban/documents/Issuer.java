package org.tongban.documents;

/**
 * An agency that issues documents (table {@code document_issuer}): the name printed in red at the
 * head and above the date, and the abbreviation that starts its document numbers.
 */
record Issuer(String agencyCode, String headerName, String abbreviation) {

    /** 二残联决〔2026〕12号: abbreviation, kind mark, year in 〔〕 and the sequence without padding. */
    String number(DocumentKind kind, int year, long sequence) {
        return abbreviation + kind.mark() + "〔" + year + "〕" + sequence + "号";
    }
}
