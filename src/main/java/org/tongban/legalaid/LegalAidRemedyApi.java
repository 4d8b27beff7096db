package org.tongban.legalaid;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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
import org.tongban.forms.FieldError;
import org.tongban.security.CurrentUser;

/**
 * REST for the 司法局 (HTTP Basic, JUSTICE): {@code POST /api/legal-aid/cases/{caseNumber}/objections},
 * {@code …/complaints} and {@code …/lawyer-changes} with {@code {"receivedOn": "2026-03-10", "grounds": "…"}}.
 * 201 with the record; 400 with a message per field; 403 outside JUSTICE; 404 for a case JUSTICE has no
 * part in (the same as a missing one); 422 {@code {code, message}} when the case's state refuses it
 * (RuleRefusalResponses). Never a 500 for the caller's mistake.
 */
@RestController
@RequestMapping("/api/legal-aid/cases/{caseNumber}")
class LegalAidRemedyApi {

    record Created(String caseNumber, String kind, long id) {
    }

    private final LegalAidRemedies remedies;

    LegalAidRemedyApi(LegalAidRemedies remedies) {
        this.remedies = remedies;
    }

    @PostMapping("/objections")
    ResponseEntity<?> objection(@PathVariable String caseNumber, @RequestBody RemedyRequest request,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        return record(caseNumber, RemedyKind.OBJECTION, request, language);
    }

    @PostMapping("/complaints")
    ResponseEntity<?> complaint(@PathVariable String caseNumber, @RequestBody RemedyRequest request,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        return record(caseNumber, RemedyKind.COMPLAINT, request, language);
    }

    @PostMapping("/lawyer-changes")
    ResponseEntity<?> lawyerChange(@PathVariable String caseNumber, @RequestBody RemedyRequest request,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        return record(caseNumber, RemedyKind.CHANGE_OF_LAWYER, request, language);
    }

    private ResponseEntity<?> record(String caseNumber, RemedyKind kind, RemedyRequest request, String language) {
        Locale locale = locale(language);
        try {
            LegalAidRemedies.Recorded recorded = remedies.record(CurrentUser.require(), caseNumber, kind, request);
            return ResponseEntity.created(URI.create("/cases/" + recorded.caseNumber()))
                    .body(new Created(recorded.caseNumber(), kind.name(), recorded.id()));
        } catch (LegalAidRemedies.NotAllowed e) {
            return problem(HttpStatus.FORBIDDEN, locale, "legalaid.remedy.onlyJustice", List.of());
        } catch (LegalAidRemedies.CaseNotFound e) {
            return problem(HttpStatus.NOT_FOUND, locale, "legalaid.remedy.notFound", List.of());
        } catch (LegalAidRemedies.InvalidRemedy e) {
            return problem(HttpStatus.BAD_REQUEST, locale, "legalaid.invalid", e.errors().stream()
                    .map(error -> new LegalAidApi.FieldProblem(error.field(), message(locale, error))).toList());
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<LegalAidApi.Problem> unreadable(jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, locale(request.getHeader("Accept-Language")), "legalaid.api.error.body", List.of());
    }

    private static ResponseEntity<LegalAidApi.Problem> problem(HttpStatus status, Locale locale, String key,
            List<LegalAidApi.FieldProblem> errors) {
        return ResponseEntity.status(status).body(new LegalAidApi.Problem(LegalAidApi.text(locale, key), errors));
    }

    private static String message(Locale locale, FieldError error) {
        return MessageFormat.format(LegalAidApi.text(locale, error.messageKey()).replace("'", "''"), error.arguments().toArray());
    }

    private static Locale locale(String language) {
        return Languages.ofAcceptLanguage(language);
    }
}
