package org.tongban.rehab;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.people.IdNumbers;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;

/** Synthetic children and guardians (region 152501, sequences 900–999, valid check characters). */
final class RehabTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 50));

    private RehabTestData() {
    }

    static String id(LocalDate born) {
        String first17 = "152501" + born.toString().replace("-", "") + (900 + SEQUENCE.getAndIncrement() % 100);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static NewApplication child(LocalDate born, String name) {
        String childId = id(born);
        return new NewApplication("王建国", id(LocalDate.of(1988, 4, 2)), Relation.PARENT, RelationDocument.HOUSEHOLD_REGISTER,
                true, true, name, childId, "COMMUNITY-03", Residence.HUKOU, 4, Proof.CERTIFICATE, childId + "42", null, null,
                Set.of(ServiceType.TRAINING), LocalDate.of(2026, 11, 2), Channel.CDPF);
    }

    static NewApplication withDiagnosis(NewApplication a, String hospital) {
        return new NewApplication(a.guardianName(), a.guardianIdNumber(), a.relation(), a.relationDocument(),
                a.documentsChecked(), a.consentGiven(), a.childName(), a.childIdNumber(), a.grassRootsUnit(), a.residence(),
                6, Proof.DIAGNOSIS, null, hospital, "孤独症谱系障碍", a.services(), a.receivedOn(), a.channel());
    }

    static NewApplication withoutConsent(NewApplication a) {
        return new NewApplication(a.guardianName(), a.guardianIdNumber(), a.relation(), a.relationDocument(),
                a.documentsChecked(), false, a.childName(), a.childIdNumber(), a.grassRootsUnit(), a.residence(),
                a.category(), a.proof(), a.certificateNumber(), a.diagnosisInstitutionCode(), a.diagnosis(), a.services(),
                a.receivedOn(), a.channel());
    }
}
