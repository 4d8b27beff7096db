package org.tongban.rehab;

import java.time.LocalDate;
import java.util.Set;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;

/**
 * What the intake officer records for a new application, consent first: the guardian, the
 * relation and the document shown, that the documents were checked and the guardian consented
 * after being told the purpose; then the child, the proof and the services asked for.
 */
public record NewApplication(
        String guardianName, String guardianIdNumber, Relation relation, RelationDocument relationDocument,
        boolean documentsChecked, boolean consentGiven,
        String childName, String childIdNumber, String grassRootsUnit, Residence residence,
        Integer category, Proof proof, String certificateNumber, String diagnosisInstitutionCode, String diagnosis,
        Set<ServiceType> services, LocalDate receivedOn, Channel channel) {

    public NewApplication {
        services = services == null ? Set.of() : Set.copyOf(services);
    }
}
