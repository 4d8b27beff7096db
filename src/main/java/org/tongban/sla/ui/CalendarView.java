package org.tongban.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.tongban.inbox.Outcome;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;
import org.tongban.sla.CalendarAdmin;
import org.tongban.sla.CalendarAdmin.LoadedYear;
import org.tongban.sla.CalendarAdmin.SpecialDay;

/** The administrator's business calendar (工作日历): loaded years, their special days, and adding a new year. */
@Route("admin/calendar")
@Menu(order = 90, icon = "vaadin:calendar", title = "menu.calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient CalendarAdmin calendar;
    private final TongbanUser user = CurrentUser.require();
    final Grid<LoadedYear> years = new Grid<>();
    final Grid<SpecialDay> days = new Grid<>();
    final IntegerField year = new IntegerField();

    public CalendarView(CalendarAdmin calendar) {
        this.calendar = calendar;
        setMaxWidth("1100px");
        H2 title = new H2(getTranslation("calendar.title"));
        years.setId("calendar-years");
        years.addColumn(LoadedYear::year).setHeader(getTranslation("calendar.year")).setAutoWidth(true);
        years.addColumn(LoadedYear::source).setHeader(getTranslation("calendar.source"));
        years.setAllRowsVisible(true);

        year.setLabel(getTranslation("calendar.showYear"));
        year.setId("calendar-year");
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now().getYear() + 1);
        year.addValueChangeListener(e -> showDays());
        days.setId("calendar-days");
        days.addColumn(d -> d.date().toString()).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        days.addColumn(d -> getTranslation("calendar.kind." + d.kind())).setHeader(getTranslation("calendar.kind"));
        days.addColumn(SpecialDay::name).setHeader(getTranslation("calendar.name"));
        days.setAllRowsVisible(true);
        days.setEmptyStateText(getTranslation("calendar.noDays"));

        DatePicker date = new DatePicker(getTranslation("calendar.date"));
        date.setId("calendar-new-date");
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(CalendarAdmin.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k));
        kind.setValue("HOLIDAY");
        kind.setId("calendar-new-kind");
        TextField name = new TextField(getTranslation("calendar.name"));
        name.setMaxLength(40);
        name.setId("calendar-new-name");
        Button add = new Button(getTranslation("calendar.add"), e -> {
            if (report(calendar.addDay(user, date.getValue(), kind.getValue(), name.getValue()))) {
                year.setValue(date.getValue().getYear());
                showDays();
            }
        });
        add.setId("calendar-add");
        HorizontalLayout addDay = new HorizontalLayout(date, kind, name, add);
        addDay.setAlignItems(FlexComponent.Alignment.BASELINE);
        addDay.getStyle().set("flex-wrap", "wrap");

        TextField source = new TextField(getTranslation("calendar.source"));
        source.setWidth("32rem");
        source.setHelperText(getTranslation("calendar.source.help"));
        source.setId("calendar-source");
        Button load = new Button(getTranslation("calendar.load"), e -> {
            if (year.getValue() != null && report(calendar.loadYear(user, year.getValue(), source.getValue()))) {
                years.setItems(calendar.years());
            }
        });
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.setId("calendar-load");
        HorizontalLayout loadYear = new HorizontalLayout(source, load);
        loadYear.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, new Paragraph(getTranslation("calendar.intro")), new H3(getTranslation("calendar.loaded")), years,
                new H3(getTranslation("calendar.days")), year, days, addDay, loadYear);
        years.setItems(calendar.years());
        showDays();
    }

    private void showDays() {
        days.setItems(year.getValue() == null ? java.util.List.of() : calendar.days(year.getValue()));
    }

    private boolean report(Outcome outcome) {
        Notification n = Notification.show(getTranslation(outcome.messageKey(), outcome.arguments().toArray()),
                outcome.done() ? 3000 : 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        return outcome.done();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }
}
