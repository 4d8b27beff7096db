package org.tongban.legalaid;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
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
import org.tongban.forms.FieldError;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * REST intake {@code POST /api/legal-aid/applications} (HTTP Basic) for hotline systems, the CDPF station
 * and the bodies that forward from custody. {@code Idempotency-Key} is required: a retried request answers
 * 200 with the case the first made; bad input answers 400 with a message per field and writes nothing.
 */
@RestController
@RequestMapping("/api/legal-aid")
class LegalAidApi {

    record Created(String caseNumber) {
    }

    record Problem(String message, List<FieldProblem> errors) {
    }

    record FieldProblem(String field, String message) {
    }

    private static final Set<String> FORWARDING = Set.of("POLICE", "PROCURATORATE", "COURT");

    private final LegalAidService service;

    LegalAidApi(LegalAidService service) {
        this.service = service;
    }

    @PostMapping("/applications")
    ResponseEntity<?> apply(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestHeader(name = "Accept-Language", required = false) String language,
            @RequestBody LegalAidApplication application) {
        Locale locale = locale(language);
        if (key == null || key.strip().length() < 4 || key.strip().length() > 100) {
            return problem(HttpStatus.BAD_REQUEST, locale, "legalaid.api.error.idempotencyKey",
                    List.of(new FieldProblem("Idempotency-Key", text(locale, "legalaid.api.error.idempotencyKey"))));
        }
        TongbanUser user = CurrentUser.require();
        if (!mayFile(user, application)) {
            return problem(HttpStatus.FORBIDDEN, locale, "legalaid.api.error.forbidden", List.of());
        }
        try {
            LegalAidService.Filed filed = service.apply(application, user.username(), key.strip());
            return answer(filed);
        } catch (LegalAidService.InvalidApplication e) {
            return problem(HttpStatus.BAD_REQUEST, locale, "legalaid.invalid", e.errors().stream()
                    .map(error -> new FieldProblem(error.field(), message(locale, error))).toList());
        } catch (LegalAidService.KeyReused e) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, locale, "legalaid.api.error.keyReused", List.of());
        } catch (DataIntegrityViolationException e) {
            // A retry that raced the first request: that request's case is the answer.
            return service.retried(application, user.username(), key.strip()).<ResponseEntity<?>>map(LegalAidApi::answer)
                    .orElseThrow(() -> e);
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, locale(request.getHeader("Accept-Language")), "legalaid.api.error.body", List.of());
    }

    /** JUSTICE files any channel; CDPF its station transfers; police, procuratorate and court their own forwarding. */
    static boolean mayFile(TongbanUser user, LegalAidApplication a) {
        String unit = user.unitCode();
        if ("JUSTICE".equals(unit)) {
            return true;
        }
        if ("CDPF".equals(unit)) {
            return "STATION".equals(a.channel());
        }
        return unit != null && FORWARDING.contains(unit) && unit.equals(a.forwardingAgency())
                && ("CUSTODY".equals(a.channel()) || "DEFENCE_NOTICE".equals(a.channel()));
    }

    private static ResponseEntity<?> answer(LegalAidService.Filed filed) {
        return filed.created()
                ? ResponseEntity.created(URI.create("/cases/" + filed.caseNumber())).body(new Created(filed.caseNumber()))
                : ResponseEntity.ok(new Created(filed.caseNumber()));
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, Locale locale, String key, List<FieldProblem> errors) {
        return ResponseEntity.status(status).body(new Problem(text(locale, key), errors));
    }

    private static String message(Locale locale, FieldError error) {
        return MessageFormat.format(text(locale, error.messageKey()).replace("'", "''"), error.arguments().toArray());
    }

    static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Locale locale(String language) {
        return Languages.ofAcceptLanguage(language);
    }
}
