package org.tongban.legalaid;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalAidRemedyRepository extends JpaRepository<LegalAidRemedy, Long> {

    List<LegalAidRemedy> findByCaseNumberOrderByIdDesc(String caseNumber);
}
