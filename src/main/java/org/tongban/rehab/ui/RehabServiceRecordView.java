package org.tongban.rehab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import org.tongban.base.ShownTo;
import org.tongban.inbox.RuleRefusal;
import org.tongban.rehab.RehabInstitutions;
import org.tongban.rehab.RehabService;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * CDPF enters, for the institution, each month's attendance of a child in service (and the
 * entry, mid-term or end assessment); the quarter's bill is reviewed against these days. An
 * absence without reason beyond the limit is reported here and suspends the service.
 */
@Route("rehab-rescue/service-records")
@ShownTo(agencies = "CDPF")
@Menu(order = 32, icon = "vaadin:calendar-user", title = "rehab.record.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RehabServiceRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NO_ASSESSMENT = "NONE";

    private final transient RehabService rehab;
    private final transient RehabInstitutions institutions;
    private final TongbanUser user = CurrentUser.require();

    final Select<String> caseNumber = new Select<>();
    final DatePicker month = new DatePicker();
    final IntegerField days = new IntegerField();
    final Select<String> assessment = new Select<>();
    final Button record = new Button();
    final Grid<Map.Entry<LocalDate, Integer>> attendance = new Grid<>();
    final DatePicker absentSince = new DatePicker();
    final Button reportAbsence = new Button();
    final Paragraph status = new Paragraph();

    public RehabServiceRecordView(RehabService rehab, RehabInstitutions institutions) {
        this.rehab = rehab;
        this.institutions = institutions;
        setMaxWidth("900px");
        add(new H2(getTranslation("rehab.record.title")), new Paragraph(getTranslation("rehab.record.intro")));
        caseNumber.setLabel(getTranslation("rehab.record.case"));
        caseNumber.setItems(rehab.casesWithAgreement());
        caseNumber.addValueChangeListener(e -> refresh());
        month.setLabel(getTranslation("rehab.record.month"));
        month.setHelperText(getTranslation("rehab.record.month.help"));
        month.setMax(LocalDate.now());
        days.setLabel(getTranslation("rehab.record.days"));
        days.setMin(0);
        days.setMax(31);
        assessment.setLabel(getTranslation("rehab.record.assessment"));
        assessment.setItems(NO_ASSESSMENT, "ENTRY", "MID", "END");
        assessment.setItemLabelGenerator(a -> getTranslation("rehab.record.assessment." + a));
        assessment.setValue(NO_ASSESSMENT);
        record.setText(getTranslation("rehab.record.save"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
        attendance.addColumn(r -> r.getKey().toString().substring(0, 7)).setHeader(getTranslation("rehab.record.month"));
        attendance.addColumn(Map.Entry::getValue).setHeader(getTranslation("rehab.record.days"));
        attendance.setAllRowsVisible(true);
        attendance.getElement().setAttribute("aria-label", getTranslation("rehab.record.attendance"));
        absentSince.setLabel(getTranslation("rehab.record.absentSince"));
        absentSince.setMax(LocalDate.now());
        reportAbsence.setText(getTranslation("rehab.record.reportAbsence"));
        reportAbsence.addClickListener(e -> reportAbsence());
        status.setId("rehab-record-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new FormLayout(caseNumber, month, days, assessment), record, status,
                new H3(getTranslation("rehab.record.attendance")), attendance,
                new H3(getTranslation("rehab.record.absence")), absentSince, reportAbsence);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!institutions.mayEdit(user)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void record() {
        if (caseNumber.getValue() == null || month.getValue() == null || days.getValue() == null) {
            status.setText(getTranslation("rehab.record.required"));
            return;
        }
        String assessed = NO_ASSESSMENT.equals(assessment.getValue()) ? null : assessment.getValue();
        try {
            rehab.recordService(caseNumber.getValue(), month.getValue(), days.getValue(), assessed, user.username());
            status.setText(getTranslation("rehab.record.saved", caseNumber.getValue(),
                    month.getValue().toString().substring(0, 7), days.getValue()));
        } catch (RuleRefusal refusal) {
            status.setText(getTranslation(refusal.messageKey(), refusal.arguments().toArray()));
        }
        refresh();
    }

    void reportAbsence() {
        if (caseNumber.getValue() == null || absentSince.getValue() == null) {
            status.setText(getTranslation("rehab.record.required"));
            return;
        }
        try {
            rehab.reportAbsence(caseNumber.getValue(), absentSince.getValue(), user.username());
            status.setText(getTranslation("rehab.record.suspended", caseNumber.getValue()));
        } catch (RuleRefusal refusal) {
            status.setText(getTranslation(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    private void refresh() {
        attendance.setItems(caseNumber.getValue() == null ? java.util.List.of()
                : rehab.attendance(caseNumber.getValue()).entrySet().stream().toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rehab.record.title") + " · " + getTranslation("app.title");
    }
}
