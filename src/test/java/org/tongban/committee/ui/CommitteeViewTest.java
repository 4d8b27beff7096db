package org.tongban.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.committee.CommitteeReport;
import org.tongban.committee.CsvExport;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Procedures.Procedure;
import org.tongban.committee.ReportTable;
import org.tongban.committee.TestHistory;
import org.tongban.security.CurrentUser;

/** The committee page over the constructed relay history (March 2026, quarter 1). */
@TongbanTest
class CommitteeViewTest {

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeReport report;
    @Autowired org.tongban.committee.targets.PlanTargets planTargets;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_committee_sees_the_figures_opens_case_numbers_without_links_and_the_report_has_the_same_numbers()
            throws IOException {
        String relay = TestHistory.relay(repository, runtime, tasks, jdbc);
        CommitteeView view = openAs("committee", relay);

        assertThat(_get(H2.class, spec -> spec.withId("committee-title")).getText()).isEqualTo("残工委监测：跨部门办理情况");
        Grid<AgencyFigures> league = view.league;
        assertThat(GridKt._size(league)).isEqualTo(2);
        assertThat(GridKt._getFormatted(league, 0, "agency")).isEqualTo("市残疾人联合会");
        assertThat(GridKt._getFormatted(league, 0, "waitP50")).isEqualTo("2.5");
        assertThat(GridKt._getFormatted(league, 0, "waitP90")).isEqualTo("3.5");
        assertThat(GridKt._getFormatted(league, 1, "waitP90")).isEqualTo("5.6");
        assertThat(GridKt._getFormatted(league, 1, "workP90")).isEqualTo("2.6");
        assertThat(((Button) GridKt._getCellComponent(league, 0, "onTime")).getText()).isEqualTo("66.7%");
        assertThat(view.sankey.getOption()).contains("市残疾人联合会 ▸").contains("▸ 市民政和社会保障局");
        assertThat(_find(HeatmapDiagram.class)).hasSize(1);
        assertThat(_get(HeatmapDiagram.class).getElement().getAttribute("data-activities"))
                .contains("中位 2.5时 · P90 3.7时 · 排队 0");

        _click((Button) GridKt._getCellComponent(view.handoffs, 0, "cases"));
        UnorderedList cases = _get(UnorderedList.class, spec -> spec.withId("drill-cases"));
        assertThat(_find(cases, Span.class)).extracting(Span::getText).containsExactly("CTR-A", "CTR-B", "CTR-C");
        assertThat(_find(cases, RouterLink.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("drill-close")));

        List<ReportTable> tables = report.tables(CurrentUser.require(), view.snapshot(), UI.getCurrent().getLocale());
        byte[] pdf = report.pdf(CurrentUser.require(), view.snapshot(), view.periodLabel());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/committee-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("2026年第1季度监测报告");
            List<String> numbers = new ArrayList<>();
            for (ReportTable table : tables) {
                table.rows().forEach(row -> row.stream().filter(c -> c.matches("[0-9.%—]+")).forEach(numbers::add));
            }
            assertThat(numbers).contains("2.5", "3.5", "5.6", "2.6", "66.7%", "3.7");
            String rows = String.join("", tables.get(0).rows().stream().map(r -> String.join("", r.subList(1, r.size()))).toList());
            assertThat(text).contains(rows.substring(0, 10));
            for (String number : numbers) {
                assertThat(text).contains(number);
            }
            for (PDPage page : document.getPages()) {
                assertThat(page.getResources().getXObjectNames()).as("no images: charts are paths").isEmpty();
            }
        }
        byte[] csv = CsvExport.of(tables.get(0));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"市残疾人联合会\",\"6\",\"2.5\",\"3.5\",\"2.0\",\"2.0\",\"66.7%\",\"1\"");
    }

    @Test
    void the_plan_targets_follow_the_figures_on_the_page_in_the_report_and_in_the_csv() throws IOException {
        String relay = TestHistory.relay(repository, runtime, tasks, jdbc);
        CommitteeView view = openAs("committee", relay);

        assertThat(_find(org.tongban.committee.targets.ui.PlanTargetsSection.class)).hasSize(1);
        List<ReportTable> tables = report.tables(CurrentUser.require(), view.snapshot(), UI.getCurrent().getLocale());
        ReportTable targets = tables.get(tables.size() - 1);
        assertThat(targets.title()).isEqualTo("规划目标");
        List<org.tongban.committee.targets.TargetFigure> figures = planTargets.figures(2026, CurrentUser.require());
        assertThat(targets.rows()).extracting(row -> row.get(0))
                .containsExactlyElementsOf(figures.stream().map(f -> f.nameZh()).toList());
        byte[] pdf = report.pdf(CurrentUser.require(), view.snapshot(), view.periodLabel());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("规划目标");
            for (List<String> row : targets.rows()) {
                assertThat(text).contains(row.get(0).replaceAll("\\s+", "").substring(0, 6));
            }
        }
        assertThat(new String(CsvExport.of(targets), java.nio.charset.StandardCharsets.UTF_8)).contains(figures.get(0).nameZh());
    }

    @Test
    void a_supervisor_gets_links_to_cases_which_the_case_view_then_checks() {
        String relay = TestHistory.relay(repository, runtime, tasks, jdbc);
        CommitteeView view = openAs("cdpf.supervisor", relay);

        _click((Button) GridKt._getCellComponent(view.league, 0, "handled"));

        UnorderedList cases = _get(UnorderedList.class, spec -> spec.withId("drill-cases"));
        assertThat(_find(cases, RouterLink.class)).extracting(RouterLink::getText)
                .containsExactly("CTR-A", "CTR-B", "CTR-C", "CTR-D");
    }

    private CommitteeView openAs(String username, String processKey) {
        SignedInUi.open(context, username);
        UI.getCurrent().navigate(CommitteeView.class);
        CommitteeView view = _get(CommitteeView.class);
        view.year.setValue(2026);
        view.quarter.setValue(1);
        Set<Procedure> only = new java.util.HashSet<>();
        view.processes.getListDataView().getItems().filter(p -> p.key().equals(processKey)).forEach(only::add);
        view.processes.setValue(only);
        return view;
    }
}
