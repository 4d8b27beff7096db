package org.tongban.base;

import com.vaadin.flow.component.Component;
import org.tongban.security.TongbanUser;

/**
 * Something a feature puts in the top bar beside the user's name (the notification bell), so
 * features add to the bar without the layout knowing them. A Spring bean; {@link #create} runs
 * once per page in the UI thread.
 */
public interface NavbarItem {

    Component create(TongbanUser user);
}
