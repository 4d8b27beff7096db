package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;

/** The decision through the inbox with the real beans: a refusal states its reason, basis and remedy. */
@TongbanTest
class RehabDecisionFlowTest {

    @Autowired ApplicationContext context;
    @Autowired RehabService rehab;
    @Autowired DocumentService documents;
    RehabFlow flow;

    @BeforeEach
    void flow() {
        flow = new RehabFlow(context);
    }

    @Test
    void a_refusal_for_an_ineligible_category_issues_the_decision_with_reason_and_remedy() throws Exception {
        String caseNumber = flow.toDecision(RehabTestData.child(LocalDate.of(2017, 10, 10), "吉日嘎拉"));
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_DECIDE,
                Map.of("approved", false, "refusalReason", "CATEGORY"));

        assertThat(flow.ended(caseNumber)).isTrue();
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.REFUSED);
        IssuedDocument decision = documents.ofCase(caseNumber).stream()
                .filter(d -> d.kind() == DocumentKind.DECISION).findFirst().orElseThrow();
        String text = text(decision);
        assertThat(text).contains("不予救助", "残疾类别不在救助范围内", "申请复核", "行政复议", "行政诉讼");
    }

    @Test
    void a_refusal_without_a_reason_for_an_eligible_child_is_refused_in_words() {
        String caseNumber = flow.toDecision(RehabTestData.child(LocalDate.of(2017, 11, 11), "特木尔"));
        var outcome = flow.submit(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_DECIDE, Map.of("approved", false));
        assertThat(outcome.done()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo("rehab.refusal.reasonRequired");
        assertThat(flow.openTask(caseNumber)).isEqualTo(RehabProcess.TASK_DECIDE);
    }

    private String text(IssuedDocument document) throws Exception {
        try (var pdf = Loader.loadPDF(documents.download(document.id(), "cdpf.officer"))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }
}
