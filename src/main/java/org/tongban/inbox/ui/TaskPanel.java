package org.tongban.inbox.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.tongban.inbox.InboxRow;
import org.tongban.security.TongbanUser;

/**
 * A procedure's own work area inside a task (e.g. the plan editor of a home assessment), shown
 * above the task's form. Procedures implement it as a Spring bean; the inbox knows them only by
 * this interface. The task view has already checked that the user may see the task.
 */
public interface TaskPanel {

    /**
     * The panel for this task, or empty when the task is not this panel's. {@code editable} is
     * false when a colleague holds the task: the panel then only shows.
     */
    Optional<Component> create(InboxRow row, TongbanUser user, boolean editable);
}
