package org.tongban.placement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tongban.base.ShownTo;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitNames;
import org.tongban.placement.PlacementOverviews;
import org.tongban.placement.PlacementOverviews.Row;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The placement cases in review, on 公示 or in service, for HRSS and CDPF officers, each linking
 * to its work page where claims, objections, exits and assessments are recorded. Names masked.
 */
@Route("welfare-placement/cases")
@ShownTo(agencies = {"HRSS", "CDPF"})
@Menu(order = 21, icon = "vaadin:briefcase", title = "placement.work.menu")
@RolesAllowed("OFFICER")
public class PlacementCasesView extends VerticalLayout implements HasDynamicTitle {

    public PlacementCasesView(PlacementOverviews overviews, Organisation organisation) {
        TongbanUser user = CurrentUser.require();
        add(new H2(getTranslation("placement.work.title")));
        List<Row> rows = overviews.openCases(user);
        if (!"HRSS".equals(user.unitCode()) && !"CDPF".equals(user.unitCode())) {
            Paragraph refused = new Paragraph(getTranslation("placement.work.notAllowed"));
            refused.setId("placement-work-not-allowed");
            add(refused);
            return;
        }
        add(new Paragraph(getTranslation("placement.work.intro")));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("placement.work.empty")));
            return;
        }
        UnitNames units = new UnitNames(organisation, getLocale());
        Grid<Row> grid = new Grid<>();
        grid.setId("placement-cases");
        grid.addComponentColumn(r -> new RouterLink(r.caseNumber(), PlacementWorkView.class,
                new RouteParameters("caseNumber", r.caseNumber()))).setHeader(getTranslation("placement.work.col.case"))
                .setAutoWidth(true);
        grid.addColumn(Row::applicantMasked).setHeader(getTranslation("placement.work.col.applicant"));
        grid.addColumn(r -> units.of(r.grassRootsUnit())).setHeader(getTranslation("placement.work.col.unit"));
        grid.addColumn(r -> getTranslation("placement.status." + r.status())).setHeader(getTranslation("placement.work.col.status"));
        grid.addColumn(r -> r.received().toString()).setHeader(getTranslation("placement.work.col.received"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("placement.work.title") + " · " + getTranslation("app.title");
    }
}
