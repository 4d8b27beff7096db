package org.tongban.legalaid;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseSummaryProvider;

/**
 * The case view's summary of a legal-aid case: status, channel, masked applicant and ID, matter, dates,
 * means-test basis and decision. The facts and the income are not shown here (minimum necessary).
 */
@Component
class LegalAidSummary implements CaseSummaryProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LegalAidCaseRepository cases;
    private final LegalAidRemedyRepository remedies;

    LegalAidSummary(LegalAidCaseRepository cases, LegalAidRemedyRepository remedies) {
        this.cases = cases;
        this.remedies = remedies;
    }

    @Override
    public String processKey() {
        return LegalAidProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFact> summary(String caseNumber, Locale locale) {
        return cases.findByCaseNumber(caseNumber).map(c -> {
            List<CaseFact> facts = new ArrayList<>();
            facts.add(fact(locale, "legalaid.summary.status", t(locale, "legalaid.status." + c.getStatus())));
            facts.add(fact(locale, "legalaid.summary.channel", t(locale, "legalaid.channel." + c.getChannel())));
            facts.add(fact(locale, "legalaid.summary.applicant", c.getApplicantNameMasked()));
            facts.add(fact(locale, "legalaid.summary.idNumber", c.getIdNumberMasked()));
            facts.add(fact(locale, "legalaid.summary.matterType", t(locale, "legalaid.matter." + c.getMatterType())));
            facts.add(fact(locale, "legalaid.summary.receivedAt", TIME.format(c.getReceivedAt())));
            if (c.getMeansOutcome() != null) {
                facts.add(fact(locale, "legalaid.summary.meansOutcome", c.getMeansOutcome()));
            }
            if (c.getDecision() != null) {
                facts.add(fact(locale, "legalaid.summary.decision", c.getDecision()
                        + (c.getRefusalReason() == null ? "" : " · " + c.getRefusalReason())));
            }
            if (c.getAssignedWorker() != null) {
                facts.add(fact(locale, "legalaid.summary.worker", c.getAssignedWorker()));
            }
            if (c.getTerminationReason() != null) {
                facts.add(fact(locale, "legalaid.summary.terminationReason", c.getTerminationReason()));
            }
            // Objections and complaints by kind and day only: their grounds are for the bureau's remedy page.
            String lodged = remedies.findByCaseNumberOrderByIdDesc(caseNumber).stream()
                    .map(r -> t(locale, "legalaid.remedy.kind." + r.getKind()) + " · " + r.getReceivedOn())
                    .collect(java.util.stream.Collectors.joining("；"));
            if (!lodged.isEmpty()) {
                facts.add(fact(locale, "legalaid.summary.remedies", lodged));
            }
            if (c.getSubsidyVoucher() != null) {
                facts.add(fact(locale, "legalaid.summary.subsidy", c.getSubsidyAmount().toPlainString() + " · " + c.getSubsidyVoucher()));
            }
            return facts;
        }).orElse(List.of());
    }

    private static CaseFact fact(Locale locale, String key, String value) {
        return new CaseFact(t(locale, key), value);
    }

    private static String t(Locale locale, String key) {
        return LegalAidApi.text(locale, key);
    }
}
