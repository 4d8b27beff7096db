package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;

/**
 * The settlement path with the real beans, through the inbox as the agencies' officers would
 * act: approval, agreement, the quarterly bills reviewed by CDPF, MEDINS paying the insured part
 * first, FIN paying the institution the rest, the 结算单 issued each cycle, and the case closing
 * after the last cycle of a period that is not renewed.
 */
@TongbanTest
class RehabSettlementFlowTest {

    @Autowired RehabService rehab;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired InboxService inbox;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    RehabFlow flow;

    @org.junit.jupiter.api.BeforeEach
    void flow() {
        flow = new RehabFlow(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_approved_child_is_billed_each_quarter_medins_pays_first_fin_pays_the_rest_and_the_case_closes() {
        flow.freezeClock();
        String caseNumber = flow.inService(RehabTestData.child(LocalDate.of(2019, 3, 3), "额尔德木图"), "RI-EH-01");
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.IN_SERVICE);
        assertThat(flow.kinds(caseNumber)).contains(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.DECISION, DocumentKind.REFERRAL);

        // First quarter: 4,800 of 5,200 billed approved, 1,200 of it insured.
        Date due = flow.fireTimer(caseNumber, "Event_SettlementDue");
        Outcome noAttendance = flow.submit(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_REVIEW_BILL,
                Map.of("billedAmount", 5200, "approvedAmount", 4800, "insuredAmount", 1200));
        assertThat(noAttendance.messageKey()).isEqualTo("rehab.refusal.noAttendance");
        flow.attend(caseNumber, 18);
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_REVIEW_BILL,
                Map.of("billedAmount", 5200, "approvedAmount", 4800, "insuredAmount", 1200));
        flow.complete(RehabFlow.MEDINS, caseNumber, RehabProcess.TASK_PAY_INSURED, Map.of("insuredPaid", true));
        flow.complete(RehabFlow.FIN, caseNumber, RehabProcess.TASK_PAY_INSTITUTION, Map.of("paymentReference", "BF-2026-001"));

        Bill first = flow.bills(caseNumber).get(0);
        assertThat(first.getStatus()).isEqualTo("PAID");
        assertThat(first.getFinPaidYuan()).isEqualByComparingTo(new BigDecimal("3600"));
        assertThat(first.getCycleTo()).isEqualTo(first.getCycleFrom().plusMonths(3).minusDays(1));
        assertThat(documents.ofCase(caseNumber)).filteredOn(d -> d.kind() == DocumentKind.SETTLEMENT_STATEMENT).hasSize(1);
        assertThat(flow.waitingAt(caseNumber)).contains("Gateway_ServiceEvents");
        assertThat(flow.timerDue(caseNumber, "Event_SettlementDue")).isAfter(due);

        // Second and third quarters without insured items go straight to FIN.
        for (int quarter = 2; quarter <= 3; quarter++) {
            flow.fireTimer(caseNumber, "Event_SettlementDue");
            flow.attend(caseNumber, 20);
            flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_REVIEW_BILL,
                    Map.of("billedAmount", 5000, "approvedAmount", 5000, "insuredAmount", 0));
            assertThat(flow.openTask(caseNumber)).isEqualTo(RehabProcess.TASK_PAY_INSTITUTION);
            flow.complete(RehabFlow.FIN, caseNumber, RehabProcess.TASK_PAY_INSTITUTION,
                    Map.of("paymentReference", "BF-2026-00" + quarter));
        }

        // Renewal opens before the fourth quarter's bill; the guardian does not renew.
        flow.fireTimer(caseNumber, "Event_RenewalDue");
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_REVIEW_RENEWAL, Map.of("renew", false));

        flow.fireTimer(caseNumber, "Event_SettlementDue");
        flow.attend(caseNumber, 20);
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_REVIEW_BILL,
                Map.of("billedAmount", 5000, "approvedAmount", 5000, "insuredAmount", 0));
        flow.complete(RehabFlow.FIN, caseNumber, RehabProcess.TASK_PAY_INSTITUTION, Map.of("paymentReference", "BF-2026-004"));

        assertThat(flow.ended(caseNumber)).isTrue();
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.CLOSED);
        assertThat(flow.bills(caseNumber)).hasSize(4).allMatch(b -> "PAID".equals(b.getStatus()));
        assertThat(documents.ofCase(caseNumber)).filteredOn(d -> d.kind() == DocumentKind.SETTLEMENT_STATEMENT).hasSize(4);
        assertThat(documents.ofCase(caseNumber)).anyMatch(d -> d.kind() == DocumentKind.TERMINATION_NOTICE);
        assertThat(rehab.inService(caseNumber)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ? and action = 'REHAB_PAID'",
                Integer.class, caseNumber)).isEqualTo(4);
    }
}
