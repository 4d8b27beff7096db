package org.tongban.base;

import java.util.Optional;
import org.tongban.security.TongbanUser;

/**
 * A number a feature shows beside its menu entry (the inbox: open tasks), so features add to the
 * menu without the layout knowing them.
 */
public interface MenuBadge {

    /** The route path of the menu entry, as in {@code @Route} (e.g. {@code inbox}). */
    String path();

    /** The count to show for this user, or empty for none. */
    Optional<Integer> countFor(TongbanUser user);

    /** Words for screen readers, e.g. "3 项待办"; {@code count} is the number shown. */
    String ariaKey();
}
