package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.tongban.base.ShownTo;
import org.tongban.committee.targets.FigureEntries;
import org.tongban.committee.targets.PlanTargets;
import org.tongban.committee.targets.TargetAccess;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The plan targets on a page of their own: the committee reads them; CDPF also enters the figures
 * Tongban cannot compute. Other agencies' officers are told they may not read them.
 */
@Route("committee/targets")
@Menu(order = 41, icon = "vaadin:flag-checkered", title = "committee.targets.menu")
@ShownTo(agencies = {"CDPF", "COMMITTEE"})
@RolesAllowed({"OFFICER", "SUPERVISOR", "COMMITTEE", "ADMIN"})
public class PlanTargetsView extends VerticalLayout implements HasDynamicTitle {

    final PlanTargetsSection section;
    final FigureEntryForm entry;

    public PlanTargetsView(PlanTargets targets, FigureEntries entries, Clock clock) {
        TongbanUser user = CurrentUser.require();
        add(new H2(getTranslation("committee.targets.title")));
        if (!TargetAccess.mayRead(user)) {
            section = null;
            entry = null;
            add(new Paragraph(getTranslation("committee.targets.error.mayNotRead")));
            return;
        }
        int year = LocalDate.now(clock).getYear();
        section = new PlanTargetsSection(targets, user, year);
        add(section);
        if (TargetAccess.mayEnter(user)) {
            entry = new FigureEntryForm(entries, user, year, () -> section.show(section.year.getValue()));
            add(entry);
        } else {
            entry = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committee.targets.title") + " · " + getTranslation("app.title");
    }
}
