package org.tongban.inbox.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tongban.inbox.TimelineEntry;

/** A case's history as a list, oldest first; used by the task view and the case view. */
public class TimelineList extends UnorderedList {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * @param displayName user name → the person's name
     * @param unitName unit code → the unit's name in the user's language
     */
    public TimelineList(List<TimelineEntry> entries, UnaryOperator<String> displayName, UnaryOperator<String> unitName) {
        for (TimelineEntry e : entries) {
            String who = e.user() == null ? getTranslation("timeline.system") : displayName.apply(e.user());
            String agency = e.agency() == null ? "" : "（" + unitName.apply(e.agency()) + "）";
            String task = e.taskName() == null ? "" : e.taskName();
            String what = switch (e.kind()) {
                case "CREATED" -> getTranslation("timeline.CREATED", task, unitName.apply(e.agency()));
                case "ASSIGNED" -> who + agency + " " + getTranslation("timeline.ASSIGNED", task, e.text());
                case "COMMENT" -> who + agency + " " + getTranslation("timeline.COMMENT", task, e.text());
                default -> who + agency + " " + getTranslation("timeline." + e.kind(), task);
            };
            add(new ListItem(new Span(TIME.format(e.at()) + "　"), new Span(what)));
        }
    }
}
