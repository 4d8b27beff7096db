package org.tongban.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.base.Languages;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * {@code POST /api/welfare-placement/applications}: intake over REST (e.g. the hotline), HTTP
 * Basic, JSON. 201 with the new case number; 200 with the same case for a repeated
 * {@code Idempotency-Key}; 400 with a message per field and nothing written; 403 for users who
 * do not record applications. Messages follow {@code Accept-Language} (Chinese by default).
 */
@RestController
@RequestMapping("/api/welfare-placement")
class WelfarePlacementApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The request body; every field a string so that a wrong value is answered per field. */
    record ApplicationRequest(String idNumber, String employmentCard, String grassRootsUnit, String phone,
            String retirementGroup) {
    }

    private final WelfarePlacementService service;

    WelfarePlacementApi(WelfarePlacementService service) {
        this.service = service;
    }

    @PostMapping("/applications")
    ResponseEntity<Map<String, Object>> apply(@RequestBody ApplicationRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        TongbanUser user = CurrentUser.require();
        ResourceBundle t = bundle(language);
        if (!service.mayApply(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", t.getString("placement.new.notAllowed")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (key == null || key.isBlank() || key.length() > 64) {
            errors.put(IDEMPOTENCY_KEY, "placement.error.idempotencyKey");
        }
        RetirementGroup group = null;
        if (body.retirementGroup() != null && !body.retirementGroup().isBlank()) {
            try {
                group = RetirementGroup.valueOf(body.retirementGroup().strip());
            } catch (IllegalArgumentException e) {
                errors.put("retirementGroup", "placement.error.retirementGroupValue");
            }
        }
        NewApplication application = new NewApplication(body.idNumber(), body.employmentCard(), body.grassRootsUnit(),
                body.phone(), group);
        if (!errors.isEmpty()) {
            errors.putAll(service.validate(user, application));
            return invalid(errors, t);
        }
        ApplicationResult result;
        try {
            result = service.apply(user, application, key);
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            // A retry raced the first request with the same key; the first one's case stands.
            result = service.apply(user, application, key);
        }
        if (!result.ok()) {
            return invalid(result.fieldErrors(), t);
        }
        return ResponseEntity.status(result.existing() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("caseNumber", result.caseNumber()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(jakarta.servlet.http.HttpServletRequest request) {
        return ResponseEntity.badRequest().body(Map.of("message",
                bundle(request.getHeader("Accept-Language")).getString("placement.error.json"),
                "errors", Map.of()));
    }

    private static ResponseEntity<Map<String, Object>> invalid(Map<String, String> errors, ResourceBundle t) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, messageKey) -> messages.put(field, t.getString(messageKey)));
        return ResponseEntity.badRequest().body(Map.of("message", t.getString("placement.new.invalid"), "errors", messages));
    }

    /** Chinese unless the caller asks for English first. */
    private static ResourceBundle bundle(String acceptLanguage) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", Languages.ofAcceptLanguage(acceptLanguage));
    }
}
