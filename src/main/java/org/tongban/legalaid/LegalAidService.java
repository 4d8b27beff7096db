package org.tongban.legalaid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseNumbers;
import org.tongban.forms.FieldError;
import org.tongban.people.PeopleRegistry;

/**
 * Files legal-aid applications and starts their cases (objections and complaints message them through
 * {@link LegalAidRemedies}): with it, the only code that starts or messages
 * {@code legal-aid}. The process gets the case id, codes, flags and dates; the facts, income and
 * identity stay encrypted in {@code la_case}.
 */
@Service
public class LegalAidService {

    static final String APPLIED = "LEGAL_AID_APPLIED";

    /** The case an application made, and whether this call made it (false: a retry of an earlier request). */
    public record Filed(String caseNumber, boolean created) {
    }

    /** The application breaks the rules of {@link ApplicationCheck}; nothing was written. */
    public static class InvalidApplication extends RuntimeException {
        private final transient List<FieldError> errors;

        InvalidApplication(List<FieldError> errors) {
            super("Invalid legal-aid application: " + errors.stream().map(FieldError::field).toList());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** The idempotency key was used before by this user for a different application. */
    public static class KeyReused extends RuntimeException {
        KeyReused() {
            super("Idempotency key reused with a different application");
        }
    }

    private final LegalAidCaseRepository cases;
    private final ApplicationCheck check;
    private final LegalAidParameters parameters;
    private final CaseNumbers caseNumbers;
    private final PeopleRegistry people;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    LegalAidService(LegalAidCaseRepository cases, ApplicationCheck check, LegalAidParameters parameters,
            CaseNumbers caseNumbers, PeopleRegistry people, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.check = check;
        this.parameters = parameters;
        this.caseNumbers = caseNumbers;
        this.people = people;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files the application for the intake user and starts the process, or returns the case an earlier
     * request with the same idempotency key made (null key: no retry protection, as at a counter).
     *
     * @throws InvalidApplication with every field problem; nothing is written
     * @throws KeyReused when the key came with a different application before
     */
    @Transactional
    public Filed apply(LegalAidApplication application, String username, String idempotencyKey) {
        Objects.requireNonNull(username, "username");
        String scopedKey = idempotencyKey == null ? null : username + ":" + idempotencyKey;
        String sha = sha256(application);
        if (scopedKey != null) {
            Optional<Filed> earlier = earlier(scopedKey, sha);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<FieldError> problems = check.problems(application);
        if (!problems.isEmpty()) {
            throw new InvalidApplication(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        boolean urgent = application.limitationDate() != null
                && ChronoUnit.DAYS.between(today, application.limitationDate())
                        < parameters.amount("legal.urgent_threshold_days", today);
        LocalDateTime custody = application.custodyRequestAt() == null ? null
                : LocalDateTime.ofInstant(application.custodyRequestAt(), clock.getZone());
        LegalAidCase c = new LegalAidCase(caseNumbers.next(LegalAidProcess.CASE_PREFIX), application, urgent, now,
                custody, parameters.idsValidOn(today), username);
        people.findByIdNumber(c.getIdNumber()).ifPresent(p -> c.linkPerson(p.getId(), p.getGrassRootsUnit()));
        c.rememberRequest(scopedKey, sha);
        cases.saveAndFlush(c);
        runtime.startProcessInstanceByKey(LegalAidProcess.KEY, c.getCaseNumber(), variables(c, application, today));
        audit.record(username, APPLIED, c.getCaseNumber(), "channel " + c.getChannel());
        return new Filed(c.getCaseNumber(), true);
    }

    /** The case an earlier request with this user's key made, for a retry racing the first request. */
    @Transactional(readOnly = true)
    public Optional<Filed> retried(LegalAidApplication application, String username, String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty() : earlier(username + ":" + idempotencyKey, sha256(application));
    }

    /** The status of a case, for tests and lists. */
    @Transactional(readOnly = true)
    public Optional<LegalAidStatus> status(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(LegalAidCase::getStatus);
    }

    private Optional<Filed> earlier(String scopedKey, String sha) {
        return cases.findByIdempotencyKey(scopedKey).map(existing -> {
            if (!existing.getRequestSha256().equals(sha)) {
                throw new KeyReused();
            }
            return new Filed(existing.getCaseNumber(), false);
        });
    }

    private Map<String, Object> variables(LegalAidCase c, LegalAidApplication a, LocalDate today) {
        ZoneId zone = clock.getZone();
        Map<String, Object> v = new HashMap<>();
        v.put(LegalAidProcess.VAR_CASE_ID, c.getId());
        v.put(LegalAidProcess.VAR_CHANNEL, c.getChannel().name());
        v.put(LegalAidProcess.VAR_FORWARDING_AGENCY, c.getForwardingAgency());
        v.put(LegalAidProcess.VAR_RECEIVED_AT, Date.from(c.getReceivedAt().atZone(zone).toInstant()));
        if (c.getCustodyRequestAt() != null) {
            v.put(LegalAidProcess.VAR_CUSTODY_REQUEST_AT, Date.from(c.getCustodyRequestAt().atZone(zone).toInstant()));
        }
        v.put(LegalAidProcess.VAR_URGENT, c.isUrgent());
        v.put(LegalAidProcess.VAR_ASSISTANCE_CLAIMED, c.isAssistanceClaimed());
        v.put(LegalAidProcess.VAR_MANDATORY_DEFENCE, c.isMandatoryDefence());
        v.put(LegalAidProcess.VAR_NO_MEANS_TEST_MATTER, c.isNoMeansTestMatter());
        v.put(LegalAidProcess.VAR_EXEMPT_GROUP, c.getExemptGroup().name());
        v.put(LegalAidProcess.VAR_SOCIAL_ASSISTANCE_CONFIRMED, false);
        BigDecimal threshold = parameters.meansThreshold(today).orElse(null);
        v.put(LegalAidProcess.VAR_WITHIN_MEANS_THRESHOLD, MeansThreshold.within(a.monthlyIncome(), threshold));
        return v;
    }

    /** A digest of the whole request, to tell a retry from a different application under the same key. */
    static String sha256(LegalAidApplication a) {
        String canonical = String.join("\u0001", String.valueOf(a.channel()), String.valueOf(a.applicantName()),
                String.valueOf(a.idNumber()), String.valueOf(a.phone()), String.valueOf(a.disabilityCategory()),
                String.valueOf(a.matterType()), String.valueOf(a.caseFacts()),
                a.monthlyIncome() == null ? "null" : a.monthlyIncome().stripTrailingZeros().toPlainString(),
                String.valueOf(a.exemptGroup()), String.valueOf(a.noMeansTestMatter()), String.valueOf(a.assistanceClaimed()),
                String.valueOf(a.defendantWithoutLawyer()), String.valueOf(a.limitationDate()),
                String.valueOf(a.forwardingAgency()), String.valueOf(a.custodyRequestAt()), String.valueOf(a.hotline()),
                String.valueOf(a.hotlineOrderNumber()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
