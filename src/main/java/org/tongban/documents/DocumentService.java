package org.tongban.documents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;

/**
 * Issues official documents: numbers, renders, stores once and audits; serves them back for
 * download and verification. Procedures supply only the {@link DocumentContent}.
 */
@Service
public class DocumentService {

    static final String ISSUED = "DOCUMENT_ISSUED";
    static final String DOWNLOADED = "DOCUMENT_DOWNLOADED";
    static final String DOWNLOAD_REFUSED = "DOCUMENT_DOWNLOAD_REFUSED";

    private final StoredDocumentRepository documents;
    private final DocumentIssuers issuers;
    private final DocumentNumbers numbers;
    private final DocumentRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;

    DocumentService(StoredDocumentRepository documents, DocumentIssuers issuers, DocumentNumbers numbers,
            DocumentRenderer renderer, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.issuers = issuers;
        this.numbers = numbers;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the document in the caller's transaction: takes the next number of the agency's
     * sequence for this kind and year, renders, stores and audits it. Asking again for the same
     * case, kind and step returns the stored document unchanged; asking with different content
     * is a bug (a corrected document is a new document with its own step).
     */
    @Transactional
    public IssuedDocument issue(DocumentRequest request, String issuedBy) {
        Issuer issuer = issuers.find(request.agencyCode())
                .orElseThrow(() -> new IllegalArgumentException("Agency " + request.agencyCode() + " issues no documents"));
        Optional<StoredDocument> existing = documents.findByCaseNumberAndKindAndStep(request.caseNumber(),
                request.kind(), request.step());
        if (existing.isPresent()) {
            return unchanged(existing.get(), request, issuer);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        DocumentModel model = new DocumentModel(request.kind(), issuer, numbers.next(issuer, request.kind(), now.getYear()),
                request.caseNumber(), now, request.content());
        StoredDocument stored = documents.save(new StoredDocument(request, model, renderer.render(model), issuedBy));
        audit.record(issuedBy, ISSUED, request.caseNumber(), request.kind() + " " + model.number());
        return stored.summary();
    }

    private static IssuedDocument unchanged(StoredDocument stored, DocumentRequest request, Issuer issuer) {
        DocumentModel again = new DocumentModel(request.kind(), issuer, stored.getNumber(), request.caseNumber(),
                stored.getIssuedAt(), request.content());
        if (!again.contentSha256().equals(stored.getContentSha256())) {
            throw new IllegalStateException("Document " + stored.getNumber() + " was issued for " + request.caseNumber()
                    + " at step " + request.step() + " with different content; issue a correction under a new step");
        }
        return stored.summary();
    }

    /**
     * The characters of {@code text} that documents cannot print (no glyph in the document fonts),
     * empty when all can. Forms whose input ends up on a document check with this, so the user
     * hears about a rare character when typing it rather than when the document fails to issue.
     */
    public String unprintableCharacters(String text) {
        return text == null ? "" : DocumentFonts.bundled().missingGlyphs(text);
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(long id) {
        return documents.findById(id).map(StoredDocument::summary);
    }

    /** The documents of a case in the order they were issued. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(String caseNumber) {
        return documents.findByCaseNumberOrderById(caseNumber).stream().map(StoredDocument::summary).toList();
    }

    /** The document a printed copy claims to be, by the verification code on its pages. */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> verify(String verificationCode) {
        return documents.findByVerificationCode(verificationCode.strip().toLowerCase(java.util.Locale.ROOT))
                .map(StoredDocument::summary);
    }

    /**
     * The stored PDF for a user whose access the caller has checked; the download is audited
     * (document id, kind and number only, no personal data).
     */
    @Transactional
    public byte[] download(long id, String username) {
        StoredDocument stored = documents.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No document " + id));
        byte[] pdf = stored.verifiedContent();
        IssuedDocument summary = stored.summary();
        audit.record(username, DOWNLOADED, summary.caseNumber(), detail(summary));
        return pdf;
    }

    /** Records a download the caller refused, so attempts to reach other cases' documents show in the trail. */
    @Transactional
    public void refuseDownload(long id, String username) {
        IssuedDocument summary = find(id).orElseThrow(() -> new IllegalArgumentException("No document " + id));
        audit.record(username, DOWNLOAD_REFUSED, summary.caseNumber(), detail(summary));
    }

    private static String detail(IssuedDocument d) {
        return "document " + d.id() + " " + d.kind() + " " + d.number();
    }
}
