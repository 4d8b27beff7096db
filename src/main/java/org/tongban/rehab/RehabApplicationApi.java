package org.tongban.rehab;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.base.Languages;
import org.tongban.rehab.RehabEnums.Channel;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * {@code POST /api/rehab-rescue/applications}: intake by an authenticated CDPF, HEALTH or
 * grass-roots user (HTTP Basic), with an {@code Idempotency-Key} so a retried call never makes a
 * second case. Bad input answers 400 with a message per field and writes nothing.
 */
@RestController
@RequestMapping("/api/rehab-rescue/applications")
class RehabApplicationApi {

    /** The JSON body; codes as strings so an unknown code is a field error, not a parse failure. */
    record Body(String guardianName, String guardianIdNumber, String relation, String relationDocument,
            Boolean documentsChecked, Boolean consentGiven, String childName, String childIdNumber, String grassRootsUnit,
            String residence, Integer category, String proof, String certificateNumber, String diagnosisInstitutionCode,
            String diagnosis, List<String> services, String receivedOn, String channel) {
    }

    private final RehabService rehab;
    private final RehabTexts texts;

    RehabApplicationApi(RehabService rehab, RehabTexts texts) {
        this.rehab = rehab;
        this.texts = texts;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> apply(@RequestBody(required = false) Body body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = Languages.ofAcceptLanguage(language);
        TongbanUser user = CurrentUser.require();
        if (!rehab.mayTakeIn(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", texts.get("rehab.error.forbidden", locale)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (key == null || key.isBlank() || key.length() > 80) {
            errors.put("Idempotency-Key", "rehab.error.required");
        }
        if (body == null) {
            errors.put("body", "rehab.error.required");
            return bad(errors, locale);
        }
        NewApplication application = new NewApplication(body.guardianName(), body.guardianIdNumber(),
                code(Relation.class, body.relation(), "relation", errors),
                code(RelationDocument.class, body.relationDocument(), "relationDocument", errors),
                Boolean.TRUE.equals(body.documentsChecked()), Boolean.TRUE.equals(body.consentGiven()), body.childName(),
                body.childIdNumber(), body.grassRootsUnit(), code(Residence.class, body.residence(), "residence", errors),
                body.category(), code(Proof.class, body.proof(), "proof", errors), body.certificateNumber(),
                body.diagnosisInstitutionCode(), body.diagnosis(), services(body.services(), errors),
                date(body.receivedOn(), errors), code(Channel.class, body.channel(), "channel", errors));
        rehab.validate(application).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            return bad(errors, locale);
        }
        try {
            String caseNumber = rehab.apply(application, key.strip(), user);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNumber", caseNumber));
        } catch (InvalidApplication e) {
            return bad(e.errors(), locale);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // The same key arrived twice at once: the other request made the case; answer with it.
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNumber", rehab.apply(application, key.strip(), user)));
        }
    }

    private ResponseEntity<Map<String, Object>> bad(Map<String, String> errors, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, messageKey) -> messages.put(field, texts.get(messageKey, locale)));
        return ResponseEntity.badRequest().body(Map.of("errors", messages));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "rehab.error.required");
            return null;
        }
    }

    private static Set<ServiceType> services(List<String> values, Map<String, String> errors) {
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        for (String v : values == null ? List.<String>of() : values) {
            ServiceType t = code(ServiceType.class, v, "services", errors);
            if (t != null) {
                services.add(t);
            }
        }
        return services;
    }

    private static LocalDate date(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put("receivedOn", "rehab.error.required");
            return null;
        }
    }
}
