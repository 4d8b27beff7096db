package org.tongban.rehab;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.security.FieldEncryption;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.RuleRefusal;
import org.tongban.cases.CaseNumbers;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.Role;
import org.tongban.organisation.UnitKind;
import org.tongban.people.CertificateNumber;
import org.tongban.people.IdNumbers;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.Status;
import org.tongban.security.TongbanUser;

/**
 * Rehab rescue's public API and the only code that starts or messages {@code rehab-rescue}.
 * Intake records the guardian's consent before anything about the child, and writes nothing at
 * all when any field is wrong.
 */
@Service
public class RehabService {

    static final String AUDIT_CONSENT = "REHAB_CONSENT_RECORDED";
    static final String AUDIT_RECEIVED = "REHAB_APPLICATION_RECEIVED";

    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;
    private final FieldEncryption cipher;
    private final RehabParameters parameters;
    private final ConsentRepository consents;
    private final ChildRepository children;
    private final ApplicationRepository applications;
    private final InstitutionRepository institutions;
    private final AgreementRepository agreements;
    private final ServiceRecordRepository serviceRecords;

    RehabService(RuntimeService runtime, CaseNumbers caseNumbers, Organisation organisation, AuditLog audit,
            FieldEncryption cipher, RehabParameters parameters, ConsentRepository consents, ChildRepository children,
            ApplicationRepository applications, InstitutionRepository institutions, AgreementRepository agreements,
            ServiceRecordRepository serviceRecords) {
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = EngineClock.INSTANCE;
        this.cipher = cipher;
        this.parameters = parameters;
        this.consents = consents;
        this.children = children;
        this.applications = applications;
        this.institutions = institutions;
        this.agreements = agreements;
        this.serviceRecords = serviceRecords;
    }

    /** Whether this user may take in applications: CDPF, HEALTH (screening referrals) and the grass-roots officers. */
    public boolean mayTakeIn(TongbanUser user) {
        if (user.unitCode() == null || !user.has(Role.OFFICER) && !user.has(Role.SUPERVISOR)) {
            return false;
        }
        return "CDPF".equals(user.unitCode()) || "HEALTH".equals(user.unitCode())
                || organisation.find(user.unitCode()).filter(u -> u.getKind() == UnitKind.GRASSROOTS).isPresent();
    }

    /**
     * Checks every field; returns field name → translation key, empty when the application may be
     * stored. The same checks run for the view (as the user types) and for REST.
     */
    @Transactional(readOnly = true)
    public Map<String, String> validate(NewApplication a) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (blank(a.guardianName()) || a.guardianName().strip().length() > 40) {
            errors.put("guardianName", "rehab.error.name");
        }
        if (!validId(a.guardianIdNumber(), today)) {
            errors.put("guardianIdNumber", "rehab.error.id-number");
        }
        if (a.relation() == null) {
            errors.put("relation", "rehab.error.required");
        }
        if (a.relationDocument() == null) {
            errors.put("relationDocument", "rehab.error.required");
        } else if (a.relation() != null && !RehabEnums.documentFits(a.relation(), a.relationDocument())) {
            errors.put("relationDocument", "rehab.error.document-relation");
        }
        if (!a.documentsChecked()) {
            errors.put("documentsChecked", "rehab.error.documents-checked");
        }
        if (!a.consentGiven()) {
            errors.put("consentGiven", "rehab.error.consent");
        }
        if (blank(a.childName()) || a.childName().strip().length() > 40) {
            errors.put("childName", "rehab.error.name");
        }
        LocalDate receivedOn = a.receivedOn() == null ? today : a.receivedOn();
        if (receivedOn.isAfter(today)) {
            errors.put("receivedOn", "rehab.error.future");
        }
        if (!validId(a.childIdNumber(), today)) {
            errors.put("childIdNumber", "rehab.error.id-number");
        } else if (birthDateOf(a.childIdNumber()).isAfter(receivedOn)) {
            errors.put("childIdNumber", "rehab.error.born-after");
        } else if (validId(a.guardianIdNumber(), today) && a.relation() == Relation.PARENT
                && a.guardianIdNumber().strip().equalsIgnoreCase(a.childIdNumber().strip())) {
            errors.put("guardianIdNumber", "rehab.error.same-person");
        }
        if (blank(a.grassRootsUnit()) || organisation.find(a.grassRootsUnit())
                .filter(u -> u.getKind() == UnitKind.GRASSROOTS).isEmpty()) {
            errors.put("grassRootsUnit", "rehab.error.unit");
        }
        if (a.residence() == null) {
            errors.put("residence", "rehab.error.required");
        }
        if (a.category() == null || a.category() < 1 || a.category() > 7) {
            errors.put("category", "rehab.error.category");
        }
        if (a.proof() == null) {
            errors.put("proof", "rehab.error.required");
        } else if (a.proof() == Proof.CERTIFICATE) {
            CertificateNumber.Result card = CertificateNumber.parse(a.certificateNumber(), today);
            if (!card.valid()) {
                errors.put("certificateNumber", "rehab.error.certificate");
            } else if (!errors.containsKey("childIdNumber")
                    && !card.number().idNumber().equalsIgnoreCase(a.childIdNumber().strip())) {
                errors.put("certificateNumber", "rehab.error.certificate-child");
            } else if (a.category() != null && card.number().category().digit() != a.category()) {
                errors.put("certificateNumber", "rehab.error.certificate-category");
            }
        } else {
            Optional<Institution> hospital = blank(a.diagnosisInstitutionCode()) ? Optional.empty()
                    : institutions.findByCode(a.diagnosisInstitutionCode().strip());
            if (hospital.filter(h -> h.isDiagnoses() && h.listedOn(receivedOn)).isEmpty()) {
                errors.put("diagnosisInstitutionCode", "rehab.error.designated-hospital");
            }
            if (blank(a.diagnosis()) || a.diagnosis().length() > 500) {
                errors.put("diagnosis", "rehab.error.diagnosis");
            }
        }
        if (a.services().isEmpty()) {
            errors.put("services", "rehab.error.services");
        }
        if (a.channel() == null) {
            errors.put("channel", "rehab.error.required");
        }
        return errors;
    }

    /**
     * Records the consent, then the child, then the application, and starts the case. The same
     * idempotency key returns the case already made for it. Throws {@link InvalidApplication}
     * (nothing written) when a field is wrong.
     */
    @Transactional
    public String apply(NewApplication a, String idempotencyKey, TongbanUser user) {
        if (!mayTakeIn(user)) {
            throw new SecurityException("User " + user.username() + " takes in no rehab applications");
        }
        if (idempotencyKey != null) {
            Optional<RehabApplication> earlier = applications.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get().getCaseNumber();
            }
        }
        Map<String, String> errors = validate(a);
        if (!errors.isEmpty()) {
            throw new InvalidApplication(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate receivedOn = a.receivedOn() == null ? now.toLocalDate() : a.receivedOn();

        // 1. Consent, before anything about the child is stored (PIPL 第31条).
        String guardianId = a.guardianIdNumber().strip().toUpperCase();
        GuardianConsent consent = consents.saveAndFlush(new GuardianConsent(cipher.encrypt(a.guardianName().strip()),
                cipher.encrypt(guardianId), cipher.hash(guardianId), a.relation(), a.relationDocument(), now,
                user.username()));
        audit.record(user.username(), AUDIT_CONSENT, "rehab-consent:" + consent.getId(),
                a.relation() + " " + a.relationDocument() + " v" + GuardianConsent.TEXT_VERSION);

        // 2. The child, found again by the ID's keyed hash.
        String childId = a.childIdNumber().strip().toUpperCase();
        String hash = cipher.hash(childId);
        Child child = children.findByIdHash(hash).orElse(null);
        if (child == null) {
            child = children.saveAndFlush(new Child(consent, cipher.encrypt(a.childName().strip()), cipher.encrypt(childId),
                    hash, birthDateOf(childId), a.grassRootsUnit(), a.residence(), now));
        } else {
            child.renewConsent(consent, a.residence(), a.grassRootsUnit());
        }

        // 3. The application with the age and parameter rows of its reference date.
        RehabRules rules = parameters.rulesOn(receivedOn);
        int age = RehabRules.ageOn(child.getBirthDate(), receivedOn);
        Institution hospital = a.proof() == Proof.DIAGNOSIS ? institutions.findByCode(a.diagnosisInstitutionCode().strip())
                .orElseThrow() : null;
        String caseNumber = caseNumbers.next(RehabProcess.CASE_PREFIX);
        String certificate = a.proof() == Proof.CERTIFICATE
                ? cipher.encrypt(CertificateNumber.parse(a.certificateNumber(), receivedOn).number().value()) : null;
        RehabApplication application = applications.save(new RehabApplication(caseNumber, child, receivedOn, a.channel(),
                a.category(), a.proof(), certificate, hospital, a.proof() == Proof.DIAGNOSIS ? cipher.encrypt(a.diagnosis().strip()) : null,
                a.services(), age, rules.inPriorityGroup(age), rules.parameterIds(), idempotencyKey, user.username(), now));
        audit.record(user.username(), AUDIT_RECEIVED, caseNumber, "child " + child.getId() + " consent " + consent.getId());

        Map<String, Object> variables = new HashMap<>();
        variables.put(RehabProcess.VAR_APPLICATION_ID, application.getId());
        variables.put(RehabProcess.VAR_CHANNEL_GRASS_ROOTS, a.channel() == Channel.GRASS_ROOTS);
        variables.put(RehabProcess.VAR_GRASS_ROOTS_UNIT, a.grassRootsUnit());
        variables.put(RehabProcess.VAR_CIVIL_CHECK, a.relation() == Relation.WELFARE_INSTITUTION);
        runtime.startProcessInstanceByKey(RehabProcess.KEY, caseNumber, variables);
        return caseNumber;
    }

    /** The guardian supplied what the one-time notice asked for: completeness is checked again. */
    @Transactional
    public void supplemented(String caseNumber, String username) {
        requireStatus(caseNumber, Status.RETURNED);
        correlate(caseNumber, RehabProcess.MSG_SUPPLEMENTED, Map.of());
        audit.record(username, "REHAB_SUPPLEMENTED", caseNumber, null);
    }

    /** The guardian withdrew the application before a decision. */
    @Transactional
    public void withdraw(String caseNumber, String username) {
        requireStatus(caseNumber, Status.RETURNED);
        correlate(caseNumber, RehabProcess.MSG_WITHDRAWN, Map.of());
        audit.record(username, "REHAB_WITHDRAWN", caseNumber, null);
    }

    /** The guardian asks to change institution: CDPF reviews; if approved the old agreement ends. */
    @Transactional
    public void requestInstitutionChange(String caseNumber, String username) {
        requireStatus(caseNumber, Status.IN_SERVICE);
        correlate(caseNumber, RehabProcess.MSG_CHANGE_REQUESTED, Map.of());
        audit.record(username, "REHAB_CHANGE_REQUESTED", caseNumber, null);
    }

    /** The child moved away, stopped attending, or the guardian stopped the service: CDPF terminates. */
    @Transactional
    public void stopService(String caseNumber, RehabEnums.EndReason reason, String username) {
        requireStatus(caseNumber, Status.IN_SERVICE);
        correlate(caseNumber, RehabProcess.MSG_SERVICE_STOPPED, Map.of(RehabProcess.VAR_STOP_REASON, reason.name()));
        audit.record(username, "REHAB_STOP_REPORTED", caseNumber, reason.name());
    }

    /**
     * Records a month of attendance reported by the institution, entered for it by CDPF (and the
     * entry, mid-term or end assessment if one was made: {@code ENTRY}, {@code MID}, {@code END},
     * or null). CDPF reviews the cycle's bill against these records; attendance recorded for a
     * suspended child resumes the service.
     */
    @Transactional
    public void recordService(String caseNumber, LocalDate month, int daysAttended, String assessment, String username) {
        RehabApplication a = applications.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new RuleRefusal("rehab.refusal.noCase", caseNumber));
        Agreement g = agreements.activeOf(a.getChild().getId())
                .orElseThrow(() -> new RuleRefusal("rehab.refusal.noAgreement", caseNumber));
        if (month == null || month.isBefore(g.getPeriodFrom().withDayOfMonth(1)) || month.isAfter(g.getPeriodTo())
                || month.isAfter(LocalDate.now(clock))) {
            throw new RuleRefusal("rehab.refusal.monthOutsidePeriod", g.getPeriodFrom().toString(), g.getPeriodTo().toString());
        }
        if (daysAttended < 0 || daysAttended > month.lengthOfMonth()) {
            throw new RuleRefusal("rehab.refusal.days", month.lengthOfMonth());
        }
        LocalDate first = month.withDayOfMonth(1);
        ServiceRecord earlier = serviceRecords.between(g.getId(), first, first).stream().findFirst().orElse(null);
        if (earlier != null) {
            earlier.correct(daysAttended, assessment, username, LocalDateTime.now(clock));
        } else {
            serviceRecords.save(new ServiceRecord(g, month, daysAttended, assessment, username, LocalDateTime.now(clock)));
        }
        audit.record(username, "REHAB_SERVICE_RECORDED", caseNumber, first + " " + daysAttended
                + (assessment == null ? "" : " " + assessment));
        if (daysAttended > 0 && a.getStatus() == Status.SUSPENDED) {
            correlate(caseNumber, RehabProcess.MSG_ATTENDANCE_RESUMED, Map.of());
        }
    }

    /**
     * The institution reports the child absent without reason since that day: after more than
     * {@code rehab.absence_suspend_days} the service is suspended (and terminated later unless
     * attendance resumes); a shorter absence is refused in words.
     */
    @Transactional
    public void reportAbsence(String caseNumber, LocalDate absentSince, String username) {
        Status status = statusOf(caseNumber).orElseThrow(() -> new RuleRefusal("rehab.refusal.noCase", caseNumber));
        if (status != Status.IN_SERVICE) {
            throw new RuleRefusal("rehab.refusal.notInService", caseNumber);
        }
        LocalDate today = LocalDate.now(clock);
        int limit = parameters.integer("rehab.absence_suspend_days", today);
        if (absentSince == null || absentSince.isAfter(today)
                || java.time.temporal.ChronoUnit.DAYS.between(absentSince, today) <= limit) {
            throw new RuleRefusal("rehab.refusal.absenceTooShort", limit);
        }
        correlate(caseNumber, RehabProcess.MSG_ABSENCE_REPORTED, Map.of(RehabProcess.VAR_ABSENT_SINCE, absentSince.toString()));
        audit.record(username, "REHAB_ABSENCE_REPORTED", caseNumber, "since " + absentSince);
    }

    /** The cases with an agreement now (in service or suspended), newest first: for the service-record screen. */
    @Transactional(readOnly = true)
    public List<String> casesWithAgreement() {
        return applications.findAll().stream()
                .filter(a -> a.getStatus() == Status.IN_SERVICE || a.getStatus() == Status.SUSPENDED)
                .map(RehabApplication::getCaseNumber).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** The days attended per month under the child's active agreement, oldest first. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<LocalDate, Integer> attendance(String caseNumber) {
        java.util.SortedMap<LocalDate, Integer> days = new java.util.TreeMap<>();
        applications.findByCaseNumber(caseNumber).flatMap(a -> agreements.activeOf(a.getChild().getId()))
                .ifPresent(g -> serviceRecords.between(g.getId(), g.getPeriodFrom().withDayOfMonth(1), g.getPeriodTo())
                        .forEach(r -> days.put(r.getServiceMonth(), r.getDaysAttended())));
        return days;
    }

    /** The case's coarse status, or empty for an unknown case number. */
    @Transactional(readOnly = true)
    public Optional<Status> statusOf(String caseNumber) {
        return applications.findByCaseNumber(caseNumber).map(RehabApplication::getStatus);
    }

    /** Whether the child of this case has an active agreement (at most one, held by the database). */
    @Transactional(readOnly = true)
    public boolean inService(String caseNumber) {
        return applications.findByCaseNumber(caseNumber)
                .flatMap(a -> agreements.activeOf(a.getChild().getId())).isPresent();
    }

    /** The designated institutions listed on {@code day}: code and name, for choices in forms and views. */
    @Transactional(readOnly = true)
    public List<String[]> institutionsOn(LocalDate day, boolean diagnosingOnly) {
        return institutions.findAll().stream().filter(i -> i.listedOn(day) && (!diagnosingOnly || i.isDiagnoses()))
                .map(i -> new String[] {i.getCode(), i.getName()}).toList();
    }

    private void requireStatus(String caseNumber, Status expected) {
        Status actual = statusOf(caseNumber).orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
        if (actual != expected) {
            throw new IllegalStateException(caseNumber + " is " + actual + ", not " + expected);
        }
    }

    private void correlate(String caseNumber, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber).setVariables(variables).correlate();
    }

    private static boolean validId(String id, LocalDate today) {
        if (blank(id)) {
            return false;
        }
        String s = id.strip().toUpperCase();
        if (!s.matches("^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]$")
                || !IdNumbers.hasValidCheckCharacter(s)) {
            return false;
        }
        try {
            return !birthDateOf(s).isAfter(today);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    static LocalDate birthDateOf(String id) {
        String s = id.strip();
        return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                Integer.parseInt(s.substring(12, 14)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
