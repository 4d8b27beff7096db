package org.tongban.rehab;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * The designated-institution list CDPF keeps (with HEALTH's advice): entries are added and
 * changed here, each change audited; a case is offered only the institutions that serve its
 * category and services on the day and still have a place for it.
 */
@Service
public class RehabInstitutions {

    static final String AUDIT_SAVED = "REHAB_INSTITUTION_SAVED";
    private static final String CODE = "^[A-Z0-9][A-Z0-9-]{2,31}$";

    private final InstitutionRepository institutions;
    private final AgreementRepository agreements;
    private final ApplicationRepository applications;
    private final RehabCaseWork work;
    private final AuditLog audit;

    RehabInstitutions(InstitutionRepository institutions, AgreementRepository agreements,
            ApplicationRepository applications, RehabCaseWork work, AuditLog audit) {
        this.institutions = institutions;
        this.agreements = agreements;
        this.applications = applications;
        this.work = work;
        this.audit = audit;
    }

    /** Whether the user keeps the list: CDPF's officers and supervisors. */
    public boolean mayEdit(TongbanUser user) {
        return "CDPF".equals(user.unitCode()) && (user.has(Role.OFFICER) || user.has(Role.SUPERVISOR));
    }

    /** Every entry, listed or not, by code. */
    @Transactional(readOnly = true)
    public List<InstitutionEntry> all() {
        return institutions.findAll().stream().map(Institution::entry)
                .sorted(Comparator.comparing(InstitutionEntry::code)).toList();
    }

    /** Places taken now (active agreements) at the institution with this code. */
    @Transactional(readOnly = true)
    public long occupied(String code) {
        return institutions.findByCode(code).map(i -> agreements.activeAt(i.getId())).orElse(0L);
    }

    /** Field → translation key for every problem of the entry; empty when it may be saved. */
    @Transactional(readOnly = true)
    public Map<String, String> validate(InstitutionEntry e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.code() == null || !e.code().strip().matches(CODE)) {
            errors.put("code", "rehab.institution.error.code");
        }
        if (e.name() == null || e.name().isBlank() || e.name().strip().length() > 100) {
            errors.put("name", "rehab.institution.error.name");
        }
        if (e.services().isEmpty()) {
            errors.put("services", "rehab.institution.error.services");
        }
        if (e.categories().isEmpty() || e.categories().stream().anyMatch(c -> c < 1 || c > 7)) {
            errors.put("categories", "rehab.institution.error.categories");
        }
        if (e.capacity() < 0 || e.capacity() > 10_000) {
            errors.put("capacity", "rehab.institution.error.capacity");
        } else if (e.code() != null && e.capacity() < occupied(e.code().strip())) {
            errors.put("capacity", "rehab.institution.error.belowOccupied");
        }
        if (e.validFrom() == null) {
            errors.put("validFrom", "rehab.institution.error.validFrom");
        } else if (e.validTo() != null && e.validTo().isBefore(e.validFrom())) {
            errors.put("validTo", "rehab.institution.error.period");
        }
        return errors;
    }

    /** Adds or changes the entry with this code; returns the problems (nothing saved) or an empty map. */
    @Transactional
    public Map<String, String> save(InstitutionEntry e, TongbanUser user) {
        if (!mayEdit(user)) {
            throw new SecurityException(user.username() + " does not keep the institution list");
        }
        Map<String, String> errors = validate(e);
        if (!errors.isEmpty()) {
            return errors;
        }
        String code = e.code().strip();
        Institution institution = institutions.findByCode(code).orElseGet(() -> new Institution(code));
        boolean created = institution.getId() == null;
        institution.update(e, user.username(), LocalDateTime.now(EngineClock.INSTANCE));
        institutions.save(institution);
        audit.record(user.username(), AUDIT_SAVED, "rehab-institution:" + code, (created ? "created " : "changed ")
                + "capacity " + e.capacity() + " designated " + e.designated() + " " + e.validFrom() + "–"
                + (e.validTo() == null ? "" : e.validTo()));
        return Map.of();
    }

    /**
     * The institutions the case may choose today: designated and listed, serving the child's
     * category and every approved service, with a place for this child (0–9-year-olds first when
     * places are short).
     */
    @Transactional(readOnly = true)
    public List<InstitutionEntry> offeredTo(String caseNumber) {
        RehabApplication a = applications.findByCaseNumber(caseNumber).orElse(null);
        if (a == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(EngineClock.INSTANCE);
        return institutions.findAll().stream()
                .filter(i -> RehabCaseWork.offers(i, a, today) && work.hasPlaceFor(a, i))
                .map(Institution::entry).sorted(Comparator.comparing(InstitutionEntry::code)).toList();
    }
}
