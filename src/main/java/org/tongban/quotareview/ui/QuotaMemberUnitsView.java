package org.tongban.quotareview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.tongban.quotareview.MemberUnitStanding;
import org.tongban.quotareview.QuotaReviewService;

/**
 * For the 残工委: its member units as employers and whether each reached the 1.5 % ratio in its
 * latest certified review (city plan 四(一)2: member units lead). Aggregates only.
 */
@Route("quota-review/member-units")
@Menu(order = 22, icon = "vaadin:institution", title = "quotareview.menu.members")
@RolesAllowed({"COMMITTEE", "SUPERVISOR", "ADMIN"})
public class QuotaMemberUnitsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MemberUnitStanding> units = new Grid<>();

    public QuotaMemberUnitsView(QuotaReviewService reviews) {
        add(new H2(getTranslation("quotareview.members.title")), new Paragraph(getTranslation("quotareview.members.intro")));
        units.addColumn(MemberUnitStanding::employerName).setHeader(getTranslation("quotareview.summary.employer")).setFlexGrow(3);
        units.addColumn(u -> u.reviewYear() == null ? "—" : String.valueOf(u.reviewYear()))
                .setHeader(getTranslation("quotareview.field.reviewYear"));
        units.addColumn(u -> plain(u.required())).setHeader(getTranslation("quotareview.summary.required"));
        units.addColumn(u -> plain(u.employed())).setHeader(getTranslation("quotareview.summary.weighted"));
        units.addColumn(u -> getTranslation(u.reached() == null ? "quotareview.members.pending"
                : u.reached() ? "quotareview.members.reached" : "quotareview.members.notReached"))
                .setHeader(getTranslation("quotareview.members.standing"));
        units.setItems(reviews.memberUnits());
        units.setAllRowsVisible(true);
        units.setId("member-units");
        add(units);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quotareview.members.title") + " · " + getTranslation("app.title");
    }
}
