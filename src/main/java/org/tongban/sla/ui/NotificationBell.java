package org.tongban.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.cases.ui.CaseView;
import org.tongban.security.TongbanUser;
import org.tongban.sla.Notifications;
import org.tongban.sla.Notifications.Notice;

/**
 * The bell in the top bar: the number of unread notifications, and on click the latest of them
 * in a dialog (keyboard and screen-reader friendly), each linking to its case.
 */
public class NotificationBell extends FlexLayout {

    static final int SHOWN = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final transient Notifications notifications;
    private final TongbanUser user;
    private final Button button = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();

    public NotificationBell(Notifications notifications, TongbanUser user) {
        this.notifications = notifications;
        this.user = user;
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell");
        button.addClickListener(e -> open());
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);
        showCount();
    }

    private void showCount() {
        int unread = notifications.unread(user.username());
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("bell.label", unread));
        button.setTooltipText(getTranslation("bell.label", unread));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notification-dialog");
        dialog.setHeaderTitle(getTranslation("bell.title"));
        List<Notice> latest = notifications.latest(user.username(), SHOWN);
        UnorderedList list = new UnorderedList();
        list.setId("notification-list");
        for (Notice notice : latest) {
            Span text = new Span(getTranslation(notice.messageKey(), notice.argument()));
            ListItem item = new ListItem(new Span(TIME.format(notice.createdAt().atZone(ZONE)) + "　"));
            if (!notice.read()) {
                Span unread = new Span(getTranslation("bell.unread") + " ");
                unread.getElement().getThemeList().add("badge");
                item.add(unread);
            }
            item.add(text);
            if (notice.caseNumber() != null) {
                item.add(new Span("　"), new RouterLink(notice.caseNumber(), CaseView.class, CaseView.route(notice.caseNumber())));
            }
            list.add(item);
        }
        dialog.add(latest.isEmpty() ? new Paragraph(getTranslation("bell.empty")) : list);
        Button markRead = new Button(getTranslation("bell.markRead"), e -> {
            notifications.markAllRead(user.username());
            showCount();
            dialog.close();
        });
        markRead.setId("notification-mark-read");
        markRead.setEnabled(latest.stream().anyMatch(n -> !n.read()));
        Button close = new Button(getTranslation("bell.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(markRead, close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                showCount();
            }
        });
        dialog.open();
    }
}
