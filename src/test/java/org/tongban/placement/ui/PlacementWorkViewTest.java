package org.tongban.placement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.placement.PlacementCases;
import org.tongban.placement.PostChoice;

/**
 * An HRSS officer works a placement from its page: records the employer's claim with the subsidy
 * computed as the months are typed, an objection during 公示, and chooses the post with the picker.
 */
@TongbanTest
class PlacementWorkViewTest {

    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    PlacementCases cases;

    @BeforeEach
    void setUp() {
        cases = new PlacementCases(context);
    }

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_claim_dialog_shows_the_computed_subsidy_refuses_too_many_months_and_records_the_claim() {
        String c = cases.claimDue();
        SignedInUi.open(context, "hrss.officer");
        UI.getCurrent().navigate("welfare-placement/cases/" + c);

        _click(_get(Button.class, s -> s.withId("placement-action-claim")));
        IntegerField months = _get(IntegerField.class, s -> s.withId("placement-claim-months"));
        assertThat(months.getValue()).isEqualTo(3);
        assertThat(_get(Paragraph.class, s -> s.withId("placement-claim-computed")).getText())
                .isEqualTo("测算补贴：9630.00 元（3 × 2270.00 + 3 × 4000 × 23.5% = 9630.00）");
        months.setValue(4);
        _click(_get(Button.class, s -> s.withId("placement-claim-dialog-ok")));
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("在岗月数应为 1 至本期月数之间的整数");
        assertThat(_get(Checkbox.class, s -> s.withId("placement-claim-vouchers")).isInvalid()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c).count()).as("nothing recorded").isZero();

        months.setValue(2);
        assertThat(_get(Paragraph.class, s -> s.withId("placement-claim-computed")).getText()).startsWith("测算补贴：6420.00 元");
        _get(Checkbox.class, s -> s.withId("placement-claim-vouchers")).setValue(true);
        _click(_get(Button.class, s -> s.withId("placement-claim-dialog-ok")));

        NotificationsKt.expectNotifications("季度补贴申请已登记：2 × 2270.00 + 2 × 4000 × 23.5% = 6420.00");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ReviewClaim");
        @SuppressWarnings("unchecked")
        Grid<Object> claims = _get(Grid.class, s -> s.withId("placement-work-claims"));
        assertThat(claims.getGenericDataView().getItems().count()).isOne();
    }

    @Test
    void an_objection_needs_a_summary_and_is_then_sent_for_verification() {
        String c = cases.onNotice();
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate("welfare-placement/cases/" + c);

        _click(_get(Button.class, s -> s.withId("placement-action-objection")));
        _click(_get(Button.class, s -> s.withId("placement-objection-dialog-ok")));
        TextArea summary = _get(TextArea.class, s -> s.withId("placement-objection-summary"));
        assertThat(summary.isInvalid()).isTrue();

        summary.setValue("居民反映申请人家中开有小卖部");
        _click(_get(Button.class, s -> s.withId("placement-objection-dialog-ok")));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_VerifyObjection");
    }

    @Test
    void the_post_picker_offers_open_posts_of_this_years_plan_and_completes_the_match() {
        String c = cases.toMatch();
        long post = cases.openPost();
        SignedInUi.open(context, "hrss.officer");
        UI.getCurrent().navigate("welfare-placement/cases/" + c);

        _click(_get(Button.class, s -> s.withId("placement-action-match")));
        @SuppressWarnings("unchecked")
        ComboBox<PostChoice> picker = _get(ComboBox.class, s -> s.withId("placement-match-post"));
        PostChoice choice = picker.getGenericDataView().getItems().filter(p -> p.id() == post).findFirst().orElseThrow();
        picker.setValue(choice);
        _get(TextArea.class, s -> s.withId("placement-match-note")).setValue("居住地就近");
        _click(_get(Button.class, s -> s.withId("placement-match-dialog-ok")));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_CommunityAssessment");
    }

    @Test
    void the_case_page_links_hrss_to_the_work_page() {
        String c = cases.inService();
        SignedInUi.open(context, "hrss.officer");
        UI.getCurrent().navigate("cases/" + c);
        assertThat(_get(Anchor.class, s -> s.withId("case-work-page")).getHref()).isEqualTo("welfare-placement/cases/" + c);
    }

    @Test
    void another_agency_sees_no_case_there() {
        String c = cases.inService();
        SignedInUi.open(context, "fin.officer");
        UI.getCurrent().navigate("welfare-placement/cases/" + c);
        assertThat(_get(Paragraph.class, s -> s.withId("placement-work-not-found")).getText())
                .isEqualTo("未找到该案件，或你的单位不办理该案件。");
    }
}
