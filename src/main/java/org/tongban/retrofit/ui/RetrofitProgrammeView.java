package org.tongban.retrofit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.retrofit.CaseStatus;
import org.tongban.retrofit.RankedHousehold;
import org.tongban.retrofit.RetrofitRuleException;
import org.tongban.retrofit.RetrofitService;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The year's programme (年度实施方案): target and budget, progress by status, money planned and
 * paid, and — for the lead agency and CDPF — the year's list in priority order with the cut-off
 * where the budget ends (names masked). Other agencies see the figures only.
 */
@Route("accessibility-retrofit/programme")
@Menu(order = 22, icon = "vaadin:chart", title = "retrofit.programme.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RetrofitProgrammeView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> LIST_READERS = Set.of("HOUSING", "CDPF");

    private final transient RetrofitService service;
    private final TongbanUser user = CurrentUser.require();
    final ComboBox<Integer> year = new ComboBox<>();
    final Div figures = new Div();
    final Grid<Map.Entry<CaseStatus, Long>> byStatus = new Grid<>();
    final Grid<RankedHousehold> list = new Grid<>();

    public RetrofitProgrammeView(RetrofitService service, org.tongban.retrofit.RetrofitProgrammes programmes) {
        this.service = service;
        year.setId("year");
        year.setLabel(getTranslation("retrofit.programme.year"));
        List<Integer> years = service.programmeYears();
        year.setItems(years);
        figures.setId("figures");
        byStatus.setId("by-status");
        byStatus.addColumn(e -> getTranslation("retrofit.status." + e.getKey())).setHeader(getTranslation("retrofit.programme.status"));
        byStatus.addColumn(Map.Entry::getValue).setHeader(getTranslation("retrofit.programme.statusCount"));
        byStatus.setAllRowsVisible(true);
        list.setId("ranked-list");
        list.addColumn(RankedHousehold::rank).setHeader(getTranslation("retrofit.programme.rank")).setAutoWidth(true);
        list.addColumn(RankedHousehold::caseNumber).setHeader(getTranslation("retrofit.programme.case")).setAutoWidth(true);
        list.addColumn(RankedHousehold::maskedName).setHeader(getTranslation("retrofit.programme.name"));
        list.addColumn(RankedHousehold::grassRootsUnit).setHeader(getTranslation("retrofit.programme.unit"));
        list.addColumn(RankedHousehold::priorityScore).setHeader(getTranslation("retrofit.programme.score"));
        list.addColumn(r -> money(r.estimate())).setHeader(getTranslation("retrofit.programme.estimate"));
        list.addColumn(r -> getTranslation(r.funded() ? "retrofit.programme.funded" : "retrofit.programme.waiting"))
                .setHeader(getTranslation("retrofit.programme.funded"));
        list.addColumn(r -> getTranslation("retrofit.status." + r.status())).setHeader(getTranslation("retrofit.programme.status"));
        year.addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("retrofit.programme.title")));
        if (programmes.mayEnter(user)) {
            com.vaadin.flow.router.RouterLink entry = new com.vaadin.flow.router.RouterLink(
                    getTranslation("retrofit.entry.link"), RetrofitProgrammeEntryView.class);
            entry.setId("programme-entry");
            add(entry);
        }
        add(year, figures,
                new H3(getTranslation("retrofit.programme.statusCount")), byStatus);
        if (LIST_READERS.contains(user.unitCode())) {
            add(new H3(getTranslation("retrofit.programme.list")), list);
        }
        int current = java.time.LocalDate.now().getYear();
        year.setValue(years.contains(current) ? current : years.isEmpty() ? null : years.get(0));
    }

    private void show(Integer y) {
        figures.removeAll();
        if (y == null) {
            return;
        }
        try {
            RetrofitService.Progress p = service.progress(y);
            figures.add(new Paragraph(getTranslation("retrofit.programme.target") + "：" + p.targetHouseholds()),
                    new Paragraph(getTranslation("retrofit.programme.budget") + "：" + money(p.budget())),
                    new Paragraph(getTranslation("retrofit.programme.split") + "：" + p.centralPercent() + "% / "
                            + p.regionPercent() + "% / " + p.cityPercent() + "%"),
                    new Paragraph(getTranslation("retrofit.programme.planned") + "：" + money(p.planned())),
                    new Paragraph(getTranslation("retrofit.programme.paid") + "：" + money(p.paid())),
                    new Paragraph(getTranslation("retrofit.programme.done") + "：" + p.byStatus().get(CaseStatus.CLOSED)
                            + " / " + p.targetHouseholds()));
            byStatus.setItems(p.byStatus().entrySet().stream().filter(e -> e.getValue() > 0).toList());
            if (LIST_READERS.contains(user.unitCode())) {
                list.setItems(service.yearList(y));
            }
        } catch (RetrofitRuleException e) {
            figures.add(new Paragraph(getTranslation("retrofit.programme.none")));
        }
    }

    private static String money(java.math.BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.programme.title");
    }
}
