package org.tongban.quotareview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.quotareview.DemoCards;
import org.tongban.quotareview.EmployerKind;
import org.tongban.quotareview.EmployerRegistration;
import org.tongban.quotareview.EmployerRegistry;
import org.tongban.quotareview.ExclusionReason;
import org.tongban.quotareview.QuotaReviewService;
import org.tongban.quotareview.ReviewStatus;
import org.tongban.quotareview.QuotaFixtures;

@TongbanTest
class QuotaDeclarationViewTest {

    @Autowired ApplicationContext context;
    @Autowired EmployerRegistry employers;
    @Autowired QuotaReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_window_officer_declares_a_roster_checked_as_typed_and_sees_each_verdict() {
        String code = QuotaFixtures.creditCode("91152501MA0UK0001");
        employers.register(new EmployerRegistration(code, "二连浩特市界面测试物流有限公司", EmployerKind.ENTERPRISE, false, false, false));
        long employerId = employers.findByCreditCode(code).orElseThrow().getId();
        String caseNumber = reviews.startReview(employerId, LocalDate.now().getYear(), LocalDate.now().plusMonths(3), "cdpf.officer");
        String card = DemoCards.next(jdbc, 4, 1, 2);

        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(QuotaDeclarationView.class);
        QuotaDeclarationView view = _get(QuotaDeclarationView.class);

        view.creditCode.setValue(code.substring(0, 17) + (code.charAt(17) == '1' ? '2' : '1'));
        assertThat(view.creditCode.isInvalid()).isTrue();
        assertThat(view.creditCode.getErrorMessage()).isEqualTo("校验码不正确，请核对。");
        view.creditCode.setValue(code);
        assertThat(view.creditCode.isInvalid()).isFalse();
        assertThat(view.employerInfo.getText()).contains("界面测试物流", caseNumber, "待申报");

        view.headcount.setValue(new BigDecimal("120"));
        view.payroll.setValue(new BigDecimal("7200000"));
        view.cardNumber.setValue(card.substring(0, 18) + "49");
        assertThat(view.cardNumber.isInvalid()).isTrue();
        view.cardNumber.setValue(card);
        view.annualWage.setValue(new BigDecimal("52000"));
        view.addLine.click();
        String stranger = QuotaFixtures.idNumber("150104", LocalDate.of(1986, 6, 7), 403);
        view.cardNumber.setValue(stranger + "44");
        view.addLine.click();
        view.submit.click();

        assertThat(view.result.getText()).contains(caseNumber, "计入安排人数 2");
        assertThat(view.verdicts.isVisible()).isTrue();
        assertThat(reviews.find(caseNumber).orElseThrow().getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(reviews.find(caseNumber).orElseThrow().getRoster())
                .extracting(e -> e.getExclusion()).containsExactly(null, ExclusionReason.NO_VALID_CARD);
    }

    @Test
    void a_declaration_with_bad_figures_is_marked_and_nothing_is_written() {
        String code = QuotaFixtures.creditCode("91152501MA0UK0002");
        employers.register(new EmployerRegistration(code, "二连浩特市界面测试商贸有限公司", EmployerKind.ENTERPRISE, false, false, false));
        long employerId = employers.findByCreditCode(code).orElseThrow().getId();
        String caseNumber = reviews.startReview(employerId, LocalDate.now().getYear(), LocalDate.now().plusMonths(3), "cdpf.officer");

        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(QuotaDeclarationView.class);
        QuotaDeclarationView view = _get(QuotaDeclarationView.class);
        view.creditCode.setValue(code);
        view.headcount.setValue(new BigDecimal("-3"));
        view.submit.click();

        assertThat(view.headcount.isInvalid()).isTrue();
        assertThat(view.headcount.getErrorMessage()).isEqualTo("人数应大于0，最多两位小数。");
        assertThat(view.payroll.getErrorMessage()).isEqualTo("此项必填。");
        assertThat(reviews.find(caseNumber).orElseThrow().getStatus()).isEqualTo(ReviewStatus.AWAITING_DECLARATION);
    }

    @Test
    void an_officer_of_another_agency_cannot_open_the_page() {
        SignedInUi.open(context, "civil.officer");
        UI.getCurrent().navigate(QuotaDeclarationView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(QuotaDeclarationView.class::isInstance);
    }
}
