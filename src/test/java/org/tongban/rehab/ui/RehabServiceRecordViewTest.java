package org.tongban.rehab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.rehab.RehabEnums;
import org.tongban.rehab.RehabService;

@TongbanTest
class RehabServiceRecordViewTest {

    @Autowired ApplicationContext context;
    @Autowired RehabService rehab;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void cdpf_records_a_month_of_attendance_and_a_too_short_absence_is_refused_in_words() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(RehabServiceRecordView.class);
        RehabServiceRecordView view = _get(RehabServiceRecordView.class);
        String caseNumber = rehab.casesWithAgreement().stream()
                .filter(c -> rehab.statusOf(c).orElseThrow() == RehabEnums.Status.IN_SERVICE).findFirst().orElseThrow();
        view.caseNumber.setValue(caseNumber);
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        view.month.setValue(month);
        view.days.setValue(17);
        view.record.click();
        assertThat(view.status.getText()).contains(caseNumber, "17");
        assertThat(rehab.attendance(caseNumber)).containsEntry(month, 17);
        assertThat(view.attendance.getGenericDataView().getItems().map(e -> e.getValue())).contains(17);

        view.days.setValue(45);
        view.record.click();
        assertThat(view.status.getText()).contains("出勤天数须在");

        view.absentSince.setValue(LocalDate.now().minusDays(3));
        view.reportAbsence.click();
        assertThat(view.status.getText()).contains("无故缺勤超过");
    }
}
