package org.tongban.placement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.base.Languages;
import org.tongban.placement.PlacementReports.Recorded;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * What HRSS and CDPF officers record on a placement case over REST (HTTP Basic, JSON), under
 * {@code /api/welfare-placement/cases/{caseNumber}/}: {@code claims}, {@code objections},
 * {@code exit-reports}, {@code assessments}. 201 when recorded; 400 with a message per field and
 * nothing written; 403 for other agencies' users; 404 for a case the user's agency does not work
 * on; 422 {@code {code, message}} when the case is not at that point (a rule's refusal).
 */
@RestController
@RequestMapping("/api/welfare-placement/cases/{caseNumber}")
class PlacementOperationsApi {

    record ClaimRequest(String monthsWorked, String vouchersChecked, String note) {
    }

    record ObjectionRequest(String receivedOn, String summary) {
    }

    record ExitRequest(String reason, String leftOn, String note) {
    }

    record AssessmentRequest(String kind, String on, String outcome, String note) {
    }

    private final PlacementOperations operations;

    PlacementOperationsApi(PlacementOperations operations) {
        this.operations = operations;
    }

    @PostMapping("/claims")
    ResponseEntity<Map<String, Object>> claim(@PathVariable String caseNumber, @RequestBody ClaimRequest body,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer months = parse(errors, "monthsWorked", body.monthsWorked(), Integer::valueOf, "placement.error.number");
        boolean checked = "true".equalsIgnoreCase(body.vouchersChecked() == null ? "" : body.vouchersChecked().strip());
        return answer(caseNumber, language, errors,
                user -> operations.recordClaim(user, caseNumber, new PlacementReports.Claim(months, checked, body.note())));
    }

    @PostMapping("/objections")
    ResponseEntity<Map<String, Object>> objection(@PathVariable String caseNumber, @RequestBody ObjectionRequest body,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate received = parse(errors, "receivedOn", body.receivedOn(), LocalDate::parse, "placement.error.date");
        return answer(caseNumber, language, errors, user -> operations.recordObjection(user, caseNumber,
                new PlacementReports.Objection(received, body.summary())));
    }

    @PostMapping("/exit-reports")
    ResponseEntity<Map<String, Object>> exit(@PathVariable String caseNumber, @RequestBody ExitRequest body,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate left = parse(errors, "leftOn", body.leftOn(), LocalDate::parse, "placement.error.date");
        return answer(caseNumber, language, errors, user -> operations.reportExit(user, caseNumber,
                new PlacementReports.Exit(body.reason(), left, body.note())));
    }

    @PostMapping("/assessments")
    ResponseEntity<Map<String, Object>> assessment(@PathVariable String caseNumber, @RequestBody AssessmentRequest body,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = parse(errors, "on", body.on(), LocalDate::parse, "placement.error.date");
        return answer(caseNumber, language, errors, user -> operations.recordAssessment(user, caseNumber,
                new PlacementReports.Assessment(body.kind(), on, body.outcome(), body.note())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(jakarta.servlet.http.HttpServletRequest request) {
        return ResponseEntity.badRequest().body(Map.of("message",
                bundle(request.getHeader("Accept-Language")).getString("placement.error.json"), "errors", Map.of()));
    }

    /**
     * Runs the recording unless the user may not record or a field could not be read; a field
     * that did not parse is reported with the service's own errors for the other fields.
     */
    private ResponseEntity<Map<String, Object>> answer(String caseNumber, String language, Map<String, String> parseErrors,
            Function<TongbanUser, Recorded> record) {
        TongbanUser user = CurrentUser.require();
        ResourceBundle t = bundle(language);
        if (!operations.mayRecord(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", t.getString("placement.work.notAllowed")));
        }
        if (!parseErrors.isEmpty()) {
            if (operations.accessible(user, caseNumber).isEmpty()) {
                return notFound(t);
            }
            return invalid(parseErrors, t);
        }
        Recorded recorded = record.apply(user);
        if (!recorded.found()) {
            return notFound(t);
        }
        if (!recorded.ok()) {
            return invalid(recorded.fieldErrors(), t);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", caseNumber);
        if (recorded.detail() != null) {
            body.put("detail", recorded.detail());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static <T> T parse(Map<String, String> errors, String field, String text, Function<String, T> parser,
            String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.put(field, messageKey);
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> notFound(ResourceBundle t) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", t.getString("placement.work.notFound")));
    }

    private static ResponseEntity<Map<String, Object>> invalid(Map<String, String> errors, ResourceBundle t) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, messageKey) -> messages.put(field, t.getString(messageKey)));
        return ResponseEntity.badRequest().body(Map.of("message", t.getString("placement.new.invalid"), "errors", messages));
    }

    private static ResourceBundle bundle(String acceptLanguage) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", Languages.ofAcceptLanguage(acceptLanguage));
    }
}
