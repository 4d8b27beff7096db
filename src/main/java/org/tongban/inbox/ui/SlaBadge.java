package org.tongban.inbox.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.inbox.SlaState;
import org.tongban.inbox.TaskDeadlines;

/**
 * A deadline with its state as icon and words (never colour alone), for lists and the task view. A
 * paused clock says so instead of counting down; a provisional deadline says it may still move.
 */
public final class SlaBadge extends Span {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public SlaBadge(SlaState state, LocalDateTime due) {
        this(state, due, null);
    }

    public SlaBadge(SlaState state, LocalDateTime due, TaskDeadlines.TaskDeadline deadline) {
        getElement().getThemeList().add("badge");
        if (deadline != null && deadline.paused()) {
            Icon icon = VaadinIcon.PAUSE.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.setSize("var(--lumo-icon-size-s)");
            add(icon, new Span(getTranslation("sla.PAUSED")));
            getElement().getThemeList().add("contrast");
            addClassName("sla-paused");
            return;
        }
        Icon icon = switch (state) {
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case DUE_SOON -> VaadinIcon.CLOCK.create();
            case ON_TRACK -> VaadinIcon.CHECK_CIRCLE_O.create();
            case NONE -> VaadinIcon.MINUS_CIRCLE_O.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        String words = getTranslation("sla." + state.name());
        String provisional = deadline != null && deadline.provisional() ? " · " + getTranslation("sla.provisional") : "";
        add(icon, new Span(due == null ? words
                : words + " · " + FORMAT.format(due) + provisional + "（" + timeLeft(due) + "）"));
        switch (state) {
            case OVERDUE -> getElement().getThemeList().add("error");
            case DUE_SOON -> getElement().getThemeList().add("warning");
            case ON_TRACK -> getElement().getThemeList().add("success");
            case NONE -> getElement().getThemeList().add("contrast");
        }
        addClassName("sla-" + state.name().toLowerCase().replace('_', '-'));
    }

    /** "剩 2 天 3 小时" or "超期 1 天 4 小时": what a deadline means for the person reading it. */
    private String timeLeft(LocalDateTime due) {
        Duration left = Duration.between(LocalDateTime.now(ZONE), due);
        boolean late = left.isNegative();
        Duration span = left.abs();
        long days = span.toDays();
        long hours = span.minusDays(days).toHours();
        String amount = days > 0 ? getTranslation("sla.span.days", days, hours)
                : hours > 0 ? getTranslation("sla.span.hours", hours)
                : getTranslation("sla.span.minutes", Math.max(1, span.toMinutes()));
        return getTranslation(late ? "sla.late" : "sla.left", amount);
    }
}
