package org.tongban.inbox.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.tongban.inbox.SlaState;

/** A deadline with its state as icon and words (never colour alone), for lists and the task view. */
final class SlaBadge extends Span {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    SlaBadge(SlaState state, LocalDateTime due) {
        Icon icon = switch (state) {
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case DUE_SOON -> VaadinIcon.CLOCK.create();
            case ON_TRACK -> VaadinIcon.CHECK_CIRCLE_O.create();
            case NONE -> VaadinIcon.MINUS_CIRCLE_O.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        String words = getTranslation("sla." + state.name());
        add(icon, new Span(due == null ? words : words + " · " + FORMAT.format(due)));
        getElement().getThemeList().add("badge");
        switch (state) {
            case OVERDUE -> getElement().getThemeList().add("error");
            case DUE_SOON -> getElement().getThemeList().add("warning");
            case ON_TRACK -> getElement().getThemeList().add("success");
            case NONE -> getElement().getThemeList().add("contrast");
        }
        addClassName("sla-" + state.name().toLowerCase().replace('_', '-'));
    }
}
