package org.tongban.rehab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.security.FieldEncryption;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseSummaryProvider;
import org.tongban.organisation.Role;
import org.tongban.people.Masking;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The child's record on the case view. The view shows it only to agencies on the case; this adds
 * an audit entry for every look at a child's record (PIPL 第28条) and gives the committee nothing.
 * Names and ID numbers are masked; the diagnosis is never shown here.
 */
@Component
class RehabCaseSummary implements CaseSummaryProvider {

    static final String AUDIT_VIEWED = "REHAB_CHILD_RECORD_VIEWED";

    private final ApplicationRepository applications;
    private final AgreementRepository agreements;
    private final FieldEncryption cipher;
    private final AuditLog audit;
    private final RehabTexts texts;

    RehabCaseSummary(ApplicationRepository applications, AgreementRepository agreements, FieldEncryption cipher,
            AuditLog audit, RehabTexts texts) {
        this.applications = applications;
        this.agreements = agreements;
        this.cipher = cipher;
        this.audit = audit;
        this.texts = texts;
    }

    @Override
    public String processKey() {
        return RehabProcess.KEY;
    }

    @Override
    @Transactional
    public List<CaseFact> summary(String caseNumber, Locale locale) {
        Optional<TongbanUser> user = CurrentUser.get();
        if (user.isEmpty() || user.get().has(Role.COMMITTEE) && user.get().unitCode() == null
                || "COMMITTEE".equals(user.get().unitCode())) {
            return List.of();
        }
        Optional<RehabApplication> found = applications.findByCaseNumber(caseNumber);
        if (found.isEmpty()) {
            return List.of();
        }
        RehabApplication a = found.get();
        audit.record(user.get().username(), AUDIT_VIEWED, caseNumber, "child " + a.getChild().getId());
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(texts.get("rehab.field.child-name", locale), Masking.name(cipher.decrypt(a.getChild().getNameEnc()))));
        facts.add(new CaseFact(texts.get("rehab.field.child-id", locale), Masking.idNumber(cipher.decrypt(a.getChild().getIdNumberEnc()))));
        facts.add(new CaseFact(texts.get("rehab.field.age", locale), Integer.toString(a.getAgeAtReference())
                + (a.isPriorityGroup() ? " · " + texts.get("rehab.priority", locale) : "")));
        facts.add(new CaseFact(texts.get("rehab.field.received-on", locale), a.getReceivedOn().toString()));
        facts.add(new CaseFact(texts.get("rehab.field.guardian", locale), Masking.name(cipher.decrypt(a.getConsent().getGuardianNameEnc()))
                + " · " + texts.get("rehab.relation." + a.getConsent().getRelation(), locale)));
        facts.add(new CaseFact(texts.get("rehab.field.consent", locale), a.getConsent().getConsentedAt().toLocalDate()
                + " · " + texts.get("rehab.document." + a.getConsent().getRelationDocument(), locale)));
        facts.add(new CaseFact(texts.get("rehab.field.services", locale), a.services().stream().sorted()
                .map(s -> texts.get("rehab.service." + s, locale)).reduce((x, y) -> x + "、" + y).orElse("")));
        facts.add(new CaseFact(texts.get("rehab.field.status", locale), texts.get("rehab.status." + a.getStatus(), locale)
                + (a.getRefusalReason() == null ? "" : " · " + texts.get("rehab.refusal." + a.getRefusalReason(), locale))));
        agreements.ofApplication(a.getId()).stream().filter(Agreement::isActive).findFirst().ifPresent(g ->
                facts.add(new CaseFact(texts.get("rehab.field.institution", locale), g.getInstitution().getName() + " · "
                        + g.getPeriodFrom() + " – " + g.getPeriodTo())));
        return facts;
    }
}
