package org.tongban.placement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tongban.inbox.RuleRefusal;
import org.tongban.placement.PlacementReports.Recorded;

/**
 * A dialog in which an officer records one thing on a placement case: labelled fields, errors
 * shown at the field they concern, a rule's refusal shown as its message; nothing typed is lost.
 */
class ReportDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final VerticalLayout content = new VerticalLayout();

    /**
     * @param record records what was typed
     * @param doneMessage the message shown when recorded, from the service's detail
     * @param afterDone refreshes the page
     */
    ReportDialog(String id, String title, Supplier<Recorded> record, Function<String, String> doneMessage, Runnable afterDone) {
        setId(id);
        setHeaderTitle(title);
        content.setPadding(false);
        add(content);
        Button ok = new Button(getTranslation("placement.work.confirm"), e -> submit(record, doneMessage, afterDone));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id + "-ok");
        Button cancel = new Button(getTranslation("placement.work.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    /** Adds a field; errors for {@code key} are shown at it. */
    <C extends Component & HasValidation> C field(String key, C field) {
        fields.put(key, field);
        content.add(field);
        return field;
    }

    void text(Component component) {
        content.add(component);
    }

    private void submit(Supplier<Recorded> record, Function<String, String> doneMessage, Runnable afterDone) {
        fields.values().forEach(f -> f.setInvalid(false));
        Recorded recorded;
        try {
            recorded = record.get();
        } catch (RuleRefusal refusal) {
            show(getTranslation(refusal.messageKey(), refusal.arguments().toArray()), false);
            return;
        }
        if (!recorded.found()) {
            show(getTranslation("placement.work.notFound"), false);
            return;
        }
        if (!recorded.ok()) {
            recorded.fieldErrors().forEach((key, messageKey) -> {
                HasValidation f = fields.get(key);
                if (f != null) {
                    f.setErrorMessage(getTranslation(messageKey));
                    f.setInvalid(true);
                }
            });
            show(getTranslation("placement.new.invalid"), false);
            return;
        }
        close();
        show(doneMessage.apply(recorded.detail()), true);
        afterDone.run();
    }

    private static void show(String message, boolean success) {
        Notification n = Notification.show(message, success ? 3000 : 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
