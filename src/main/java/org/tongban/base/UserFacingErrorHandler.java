package org.tongban.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.tongban.inbox.RuleRefusal;
import org.slf4j.LoggerFactory;

/**
 * Shows a rule's refusal as its message; logs an unexpected error with a short reference and shows
 * the user that reference in their language, never the stack trace.
 */
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var refusal = RuleRefusal.in(event.getThrowable());
        if (refusal.isPresent()) {
            show(ui -> ui.getTranslation(refusal.get().messageKey(), refusal.get().arguments().toArray()));
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("Unexpected UI error, reference {}", reference, event.getThrowable());
        show(ui -> ui.getTranslation("error.message", reference));
    }

    private static void show(java.util.function.Function<UI, String> message) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(message.apply(ui), 10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.getElement().setAttribute("role", "alert");
            });
        }
    }
}
