package org.tongban.inbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongban.base.Languages;

/** Every REST endpoint answers a rule's refusal with 422 and the message, never with a 500. */
@RestControllerAdvice
class RuleRefusalResponses {

    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<Map<String, Object>> refused(RuleRefusal refusal, jakarta.servlet.http.HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of(
                "code", refusal.messageKey(),
                "message", message(refusal, request.getHeader("Accept-Language"))));
    }

    /** The refusal in Chinese, or in English when the caller asks for English first. */
    static String message(RuleRefusal refusal, String acceptLanguage) {
        Locale locale = Languages.ofAcceptLanguage(acceptLanguage);
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        String pattern = bundle.containsKey(refusal.messageKey()) ? bundle.getString(refusal.messageKey()) : refusal.messageKey();
        return new MessageFormat(pattern, locale).format(refusal.arguments().toArray());
    }
}
