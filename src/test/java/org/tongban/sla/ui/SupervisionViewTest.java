package org.tongban.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;
import org.tongban.sla.SupervisionQueries.WatchedTask;
import org.tongban.sla.SupervisionQueries.WeekRate;
import org.tongban.sla.SupervisionQueries.Workload;

/** The monitor of two agencies (EDU, PROCURATORATE), each seeing only its own tasks. */
@TongbanTest
class SupervisionViewTest {

    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;

    @AfterEach
    void close() {
        SignedInUi.close();
        ClockUtil.reset();
    }

    @Test
    void the_education_supervisor_sees_two_overdue_tasks_reassigns_them_and_drills_down_to_a_case() {
        now("2026-03-02T09:00"); // 5 working days: due 9日
        List<String> cases = IntStream.range(0, 3).mapToObj(i -> consultations.refer("EDU", "随班就读咨询 " + i)).toList();
        now("2026-03-05T15:00");
        tasks.complete(taskOf(cases.get(2)), Map.of("answer", "已答复。", "resolved", true));
        now("2026-03-10T10:00");

        openAs("edu.supervisor");

        assertThat(stat("count-overdue")).isEqualTo("2");
        assertThat(stat("count-on-track")).isEqualTo("0");
        Grid<WatchedTask> overdue = grid("grid-overdue");
        assertThat(GridKt._size(overdue)).isEqualTo(2);
        assertThat(rows(overdue)).extracting(WatchedTask::caseNumber).containsExactlyInAnyOrder(cases.get(0), cases.get(1));
        WeekRate lastWeek = rows(this.<WeekRate>grid("grid-weeks")).get(SupervisionView.WEEKS - 2);
        assertThat(lastWeek.completed()).isEqualTo(1);
        assertThat(lastWeek.rate()).isEqualTo(1.0);

        rows(overdue).forEach(overdue::select);
        @SuppressWarnings("unchecked")
        ComboBox<User> to = _get(ComboBox.class, spec -> spec.withId("reassign-to-overdue"));
        to.setValue(to.getListDataView().getItems().filter(u -> u.getId().equals("edu.officer")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reassign-overdue")));

        assertThat(rows(this.<WatchedTask>grid("grid-overdue"))).extracting(WatchedTask::assignee).containsOnly("edu.officer");
        assertThat(rows(this.<Workload>grid("grid-workload"))).containsExactly(new Workload("edu.officer", 2, 2));

        Grid<WatchedTask> reassigned = grid("grid-overdue");
        int row = rows(reassigned).stream().map(WatchedTask::caseNumber).toList().indexOf(cases.get(0));
        RouterLink link = (RouterLink) GridKt._getCellComponent(reassigned, row, "case");
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).contains(cases.get(0));
    }

    @Test
    void the_procuratorate_supervisor_sees_its_task_at_risk_and_nothing_of_other_agencies() {
        now("2026-03-04T09:00"); // due 11日, reminder after 9日
        String caseNumber = consultations.refer("PROCURATORATE", "羁押期间法律援助转交咨询");
        now("2026-03-10T10:00");

        openAs("procuratorate.supervisor");

        assertThat(stat("count-due-soon")).isEqualTo("1");
        assertThat(stat("count-overdue")).isEqualTo("0");
        assertThat(rows(this.<WatchedTask>grid("grid-at-risk"))).extracting(WatchedTask::caseNumber).containsExactly(caseNumber);
        assertThat(GridKt._size(grid("grid-overdue"))).isZero();
        assertThat(rows(this.<Workload>grid("grid-workload"))).containsExactly(new Workload(null, 1, 0));
    }

    private SupervisionView openAs(String username) {
        SignedInUi.open(context, username);
        UI.getCurrent().navigate(SupervisionView.class);
        return _get(SupervisionView.class);
    }

    private static String stat(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getChildren().findFirst().orElseThrow().getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private static void now(String localTime) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(localTime).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }
}
