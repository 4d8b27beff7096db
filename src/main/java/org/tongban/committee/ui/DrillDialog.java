package org.tongban.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.tongban.cases.ui.CaseView;
import org.tongban.committee.CommitteeQueries;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * The case numbers behind a figure. Only officers and supervisors get links (the case view then
 * checks their agency took part); the committee and administrators get the numbers alone.
 */
class DrillDialog extends Dialog {

    DrillDialog(String title, List<String> cases, TongbanUser user) {
        setId("drill-dialog");
        setHeaderTitle(title);
        boolean links = user.has(Role.OFFICER) || user.has(Role.SUPERVISOR);
        UnorderedList list = new UnorderedList();
        list.setId("drill-cases");
        list.addClassName("drill-cases");
        for (String number : cases) {
            Component item = links ? new RouterLink(number, CaseView.class, CaseView.route(number)) : new Span(number);
            list.add(new ListItem(item));
        }
        add(new Paragraph(getTranslation("committee.drill.count", cases.size())));
        if (cases.size() >= CommitteeQueries.DRILL_LIMIT) {
            add(new Paragraph(getTranslation("committee.drill.limit", CommitteeQueries.DRILL_LIMIT)));
        }
        if (!links) {
            add(new Paragraph(getTranslation("committee.drill.numbersOnly")));
        }
        add(list);
        Button close = new Button(getTranslation("committee.close"), e -> close());
        close.setId("drill-close");
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }
}
