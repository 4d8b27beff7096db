package org.tongban.inbox;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongban.base.MenuBadge;
import org.tongban.security.TongbanUser;

/** The inbox menu entry shows how many tasks wait for the user: assigned to them or queued for their agency. */
@Component
class InboxMenuBadge implements MenuBadge {

    private final InboxQueries queries;

    InboxMenuBadge(InboxQueries queries) {
        this.queries = queries;
    }

    @Override
    public String path() {
        return "inbox";
    }

    @Override
    public Optional<Integer> countFor(TongbanUser user) {
        int open = queries.count(user, InboxTab.MINE, InboxFilter.NONE) + queries.count(user, InboxTab.QUEUE, InboxFilter.NONE);
        return open == 0 ? Optional.empty() : Optional.of(open);
    }

    @Override
    public String ariaKey() {
        return "inbox.badge";
    }
}
