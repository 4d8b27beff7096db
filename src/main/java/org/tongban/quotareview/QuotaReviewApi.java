package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Online declarations: {@code POST /api/quota-review/applications} with an {@code Idempotency-Key}
 * header, so a retry never declares twice. Bad input is answered 400 with a message per field
 * (in the caller's language) and writes nothing.
 */
@RestController
@RequestMapping("/api/quota-review")
class QuotaReviewApi {

    static final String INTAKE_AGENCY = "CDPF";

    /** The JSON body; missing values are null and reported per field. */
    record ApplicationRequest(String creditCode, Integer reviewYear, BigDecimal headcount, BigDecimal payroll,
            Boolean reliefRequested, String reliefReason, List<Line> roster) {
    }

    /** One disabled employee of the roster. */
    record Line(String cardKind, String cardNumber, Integer veteranGrade, Boolean permanentStaff, Integer contractMonths,
            Integer monthsEmployed, BigDecimal annualWage, Boolean insuranceFull, Boolean innerMongoliaHukou) {
    }

    record FieldMessage(String field, String code, String message) {
    }

    private final EmployerRegistry employers;
    private final QuotaReviewService reviews;
    private final Clock clock;

    QuotaReviewApi(EmployerRegistry employers, QuotaReviewService reviews, Clock clock) {
        this.employers = employers;
        this.reviews = reviews;
        this.clock = clock;
    }

    @PostMapping("/applications")
    ResponseEntity<?> declare(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestHeader(name = "Accept-Language", required = false) String language,
            @RequestBody ApplicationRequest body) {
        Locale locale = locale(language);
        TongbanUser user = CurrentUser.require();
        if (!INTAKE_AGENCY.equals(user.unitCode())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", text("quotareview.api.forbidden", locale)));
        }
        List<FieldMessage> errors = new ArrayList<>();
        if (key == null || key.isBlank() || key.length() > 100) {
            errors.add(field("Idempotency-Key", "quotareview.api.idempotencyKey", locale));
        }
        Optional<Employer> employer = Optional.empty();
        Optional<UnifiedCreditCode.Problem> codeProblem = UnifiedCreditCode.problemOf(body.creditCode());
        if (codeProblem.isPresent()) {
            errors.add(field("creditCode", "quotareview.code." + codeProblem.get().name(), locale));
        } else {
            employer = employers.findByCreditCode(body.creditCode());
            if (employer.isEmpty()) {
                errors.add(field("creditCode", "quotareview.error.unknownEmployer", locale));
            }
        }
        int year = body.reviewYear() == null ? LocalDate.now(clock).getYear() : body.reviewYear();
        List<RosterLine> lines = new ArrayList<>();
        List<Line> roster = body.roster() == null ? List.of() : body.roster();
        for (int i = 0; i < roster.size(); i++) {
            Line l = roster.get(i);
            CardKind kind = l == null ? null : cardKind(l.cardKind());
            if (kind == null) {
                errors.add(field("roster[" + i + "].cardKind", "quotareview.api.cardKind", locale));
                continue;
            }
            lines.add(new RosterLine(kind, l.cardNumber(), l.veteranGrade(), Boolean.TRUE.equals(l.permanentStaff()),
                    l.contractMonths() == null ? 0 : l.contractMonths(), l.monthsEmployed() == null ? 12 : l.monthsEmployed(),
                    l.annualWage(), !Boolean.FALSE.equals(l.insuranceFull()), !Boolean.FALSE.equals(l.innerMongoliaHukou())));
        }
        Declaration declaration = new Declaration(body.headcount(), body.payroll(), lines,
                Boolean.TRUE.equals(body.reliefRequested()), body.reliefReason());
        if (!errors.isEmpty() || employer.isEmpty()) {
            // Report the declaration's own problems too, so the caller fixes everything at once.
            DeclarationValidator.problems(declaration, LocalDate.now(clock))
                    .forEach(p -> errors.add(new FieldMessage(p.field(), p.messageKey(), text(p.messageKey(), locale))));
            return ResponseEntity.badRequest().body(Map.of("errors", errors));
        }
        Optional<Review> review = reviews.findForEmployer(employer.get().getId(), year);
        if (review.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", text("quotareview.error.noReview", locale)));
        }
        try {
            DeclarationReceipt receipt = reviews.declare(review.get().getCaseNumber(), declaration, Review.Channel.ONLINE,
                    user.username(), user.username() + ":" + key.strip());
            return ResponseEntity.status(receipt.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
        } catch (InvalidDeclarationException e) {
            List<FieldMessage> problems = e.problems().stream()
                    .map(p -> new FieldMessage(p.field(), p.messageKey(), text(p.messageKey(), locale))).toList();
            return ResponseEntity.badRequest().body(Map.of("errors", problems));
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("message", text("quotareview.error.notWaiting", locale, review.get().getCaseNumber())));
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("errors",
                List.of(new FieldMessage("body", "quotareview.api.body", text("quotareview.api.body", Locale.SIMPLIFIED_CHINESE)))));
    }

    private static CardKind cardKind(String value) {
        if (value == null) {
            return CardKind.DISABILITY;
        }
        try {
            return CardKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static FieldMessage field(String field, String key, Locale locale) {
        return new FieldMessage(field, key, text(key, locale));
    }

    static Locale locale(String acceptLanguage) {
        return Languages.ofAcceptLanguage(acceptLanguage);
    }

    static String text(String key, Locale locale, Object... arguments) {
        return Texts.text(key, locale, arguments);
    }
}
