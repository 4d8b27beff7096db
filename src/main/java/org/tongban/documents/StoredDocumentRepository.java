package org.tongban.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: documents are never updated or deleted, so there is no method to do it. */
interface StoredDocumentRepository extends Repository<StoredDocument, Long> {

    StoredDocument save(StoredDocument document);

    Optional<StoredDocument> findById(Long id);

    Optional<StoredDocument> findByCaseNumberAndKindAndStep(String caseNumber, DocumentKind kind, String step);

    Optional<StoredDocument> findByVerificationCode(String verificationCode);

    List<StoredDocument> findByCaseNumberOrderById(String caseNumber);
}
