package org.tongban.retrofit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * REST intake: {@code POST /api/accessibility-retrofit/applications} with an {@code Idempotency-Key}
 * header (a retry returns the case made the first time, 200 instead of 201); bad input answers 400
 * with a message per field, in the caller's language, and writes nothing.
 */
@RestController
@RequestMapping("/api/" + RetrofitProcess.KEY)
class RetrofitApi {

    private final RetrofitService service;
    private final RetrofitIntake intake;
    private final RetrofitCaseActions actions;

    RetrofitApi(RetrofitService service, RetrofitIntake intake, RetrofitCaseActions actions) {
        this.actions = actions;
        this.service = service;
        this.intake = intake;
    }

    /** The JSON body; strings for enums so a wrong value is a field error, not an unreadable body. */
    record ApplicationRequest(String headIdNumber, List<NewApplication.Member> members, String grassRootsUnit,
            String address, String hardshipClaimed, Boolean elderlyCarer, Boolean relapseMonitoring, String tenure,
            Boolean landlordConsent, Boolean resident, String channel, String need) {

        NewApplication toApplication() {
            Channel parsed = null;
            for (Channel c : Channel.values()) {
                if (c.name().equals(channel)) {
                    parsed = c;
                }
            }
            return new NewApplication(headIdNumber, members, grassRootsUnit, address, hardshipClaimed,
                    Boolean.TRUE.equals(elderlyCarer), Boolean.TRUE.equals(relapseMonitoring), tenure,
                    Boolean.TRUE.equals(landlordConsent), resident == null || resident, parsed, need);
        }
    }

    @PostMapping("/applications")
    ResponseEntity<Map<String, Object>> apply(@RequestBody ApplicationRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        TongbanUser user = CurrentUser.require();
        if (key == null || key.isBlank() || key.length() > 80) {
            return ResponseEntity.badRequest().body(Map.of("errors", Map.of("Idempotency-Key",
                    english(locale) ? "An Idempotency-Key header of 1–80 characters is required" : "请求头须带 1–80 个字符的 Idempotency-Key")));
        }
        NewApplication application = body.toApplication();
        if (!intake.mayTakeIn(user, application.grassRootsUnit())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error",
                    english(locale) ? "Your unit does not take in retrofit applications for this community" : "本单位不受理该社区（嘎查）的无障碍改造申请"));
        }
        try {
            RetrofitService.ApplicationResult result = service.apply(application, user.username(), key);
            Map<String, Object> answer = Map.of("caseNumber", result.caseNumber());
            return result.created() ? ResponseEntity.created(URI.create("/cases/" + result.caseNumber())).body(answer)
                    : ResponseEntity.ok(answer);
        } catch (RetrofitValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach((field, problem) -> errors.put(field, problem.in(locale)));
            return ResponseEntity.badRequest().body(Map.of("errors", errors));
        }
    }

    /** An objection during 公示, e.g. taken by the hotline: {@code {"summary": "…"}}. */
    record ObjectionRequest(String summary) {
    }

    /**
     * Registers an objection to a household on the 公示 list (lead agency or CDPF). Answers 202;
     * outside the notice, without a text or for another agency 422 with the rule's message.
     */
    @PostMapping("/cases/{caseNumber}/objections")
    ResponseEntity<Map<String, Object>> objection(@org.springframework.web.bind.annotation.PathVariable String caseNumber,
            @RequestBody ObjectionRequest body) {
        actions.objection(CurrentUser.require(), caseNumber, body == null ? null : body.summary());
        return ResponseEntity.accepted().body(Map.of("caseNumber", caseNumber));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(Locale locale) {
        return ResponseEntity.badRequest().body(Map.of("error", english(locale) ? "The body is not a JSON application" : "请求内容不是有效的 JSON 申请"));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
