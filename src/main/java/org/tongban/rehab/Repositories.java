package org.tongban.rehab;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The repositories of rehab rescue, package-private. */
final class Repositories {

    private Repositories() {
    }
}

interface ConsentRepository extends JpaRepository<GuardianConsent, Long> {
}

interface ChildRepository extends JpaRepository<Child, Long> {
    Optional<Child> findByIdHash(String idHash);
}

interface ApplicationRepository extends JpaRepository<RehabApplication, Long> {
    Optional<RehabApplication> findByCaseNumber(String caseNumber);

    Optional<RehabApplication> findByIdempotencyKey(String idempotencyKey);

    List<RehabApplication> findByChildId(Long childId);

    @Query("select a from RehabApplication a where a.receivedOn >= ?1 and a.receivedOn <= ?2")
    List<RehabApplication> receivedBetween(java.time.LocalDate from, java.time.LocalDate to);
}

interface InstitutionRepository extends JpaRepository<Institution, Long> {
    Optional<Institution> findByCode(String code);
}

interface AgreementRepository extends JpaRepository<Agreement, Long> {
    @Query("select a from Agreement a where a.childId = ?1 and a.status = 'ACTIVE'")
    Optional<Agreement> activeOf(Long childId);

    @Query("select count(a) from Agreement a where a.institution.id = ?1 and a.status = 'ACTIVE'")
    long activeAt(Long institutionId);

    @Query("select a from Agreement a where a.application.id = ?1 order by a.id desc")
    List<Agreement> ofApplication(Long applicationId);
}

interface BillRepository extends JpaRepository<Bill, Long> {
    @Query("select b from Bill b where b.agreement.application.id = ?1 order by b.id desc")
    List<Bill> ofApplication(Long applicationId);
}

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {
    @Query("select r from ServiceRecord r where r.agreement.id = ?1 and r.serviceMonth >= ?2 and r.serviceMonth <= ?3")
    List<ServiceRecord> between(Long agreementId, java.time.LocalDate from, java.time.LocalDate to);
}
