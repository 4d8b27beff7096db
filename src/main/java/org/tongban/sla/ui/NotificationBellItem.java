package org.tongban.sla.ui;

import org.tongban.base.NavbarItem;
import org.tongban.security.TongbanUser;
import org.tongban.sla.Notifications;

/** Puts the notification bell in the top bar. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final Notifications notifications;

    NotificationBellItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create(TongbanUser user) {
        return new NotificationBell(notifications, user);
    }
}
