package org.tongban.retrofit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.PersonRegistration;
import org.tongban.retrofit.RankedHousehold;

@TongbanTest
class NewRetrofitApplicationViewTest {

    @Autowired ApplicationContext context;
    @Autowired PeopleRegistry registry;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void a_grass_roots_officer_sees_a_bad_id_marked_as_typed_and_files_a_good_application_once() {
        SignedInUi.open(context, "community03");
        UI.getCurrent().navigate(NewRetrofitApplicationView.class);
        TextField head = _get(TextField.class, spec -> spec.withId("headIdNumber"));

        head.setValue("152501197809309037");
        assertThat(head.isInvalid()).isTrue();
        assertThat(head.getErrorMessage()).contains("校验位");
        assertThat(_get(ComboBox.class, spec -> spec.withId("unit")).isReadOnly()).isTrue();

        head.setValue(registered());
        assertThat(head.isInvalid()).isFalse();
        _get(TextField.class, spec -> spec.withId("address")).setValue("二连浩特市某社区 8 号楼");
        radio("hardship").setValue("DIBAO");
        radio("tenure").setValue("OWNED");
        _get(TextArea.class, spec -> spec.withId("need")).setValue("卫生间需加装扶手");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        String text = _get(Paragraph.class, spec -> spec.withId("result")).getText();
        Matcher caseNumber = Pattern.compile("AR-\\d{4}-\\d{6}").matcher(text);
        assertThat(caseNumber.find()).as(text).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ar_application where case_number = ?", Integer.class,
                caseNumber.group())).isEqualTo(1);
        assertThat(head.isEmpty()).isTrue();
    }

    @Test
    void submitting_an_empty_form_marks_every_missing_field_and_writes_nothing() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(NewRetrofitApplicationView.class);
        int before = jdbc.queryForObject("select count(*) from ar_application", Integer.class);

        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(_get(TextField.class, spec -> spec.withId("headIdNumber")).isInvalid()).isTrue();
        assertThat(_get(ComboBox.class, spec -> spec.withId("unit")).isInvalid()).isTrue();
        assertThat(radio("tenure").isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("need")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ar_application", Integer.class)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_programme_view_shows_the_years_figures_and_the_ranked_list_to_the_lead_agency() {
        SignedInUi.open(context, "housing.officer");
        UI.getCurrent().navigate(RetrofitProgrammeView.class);

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("figures")).getElement().getText()
                + _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("figures")).getChildren()
                        .map(c -> c.getElement().getText()).reduce("", String::concat)).contains("目标户数");
        Grid<RankedHousehold> list = _get(Grid.class, spec -> spec.withId("ranked-list"));
        assertThat(GridKt._size(list)).isPositive();
        assertThat(GridKt._get(list, 0).rank()).isEqualTo(1);
        assertThat(GridKt._get(list, 0).maskedName()).contains("*");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private String registered() {
        return org.tongban.retrofit.TestHouseholds.person(jdbc, 1, LocalDate.of(1900, 1, 1), LocalDate.now());
    }
}
