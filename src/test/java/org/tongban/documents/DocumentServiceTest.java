package org.tongban.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditEvent;
import org.tongban.audit.AuditLog;

@TongbanTest
class DocumentServiceTest {

    @Autowired DocumentService documents;
    @Autowired DocumentIssuers issuers;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;

    /** A sample request moved to a case of its own, so tests sharing the database do not meet. */
    private static DocumentRequest fresh(DocumentRequest sample) {
        String caseNumber = "TD-2026-" + UUID.randomUUID().toString().substring(0, 6);
        return new DocumentRequest(sample.kind(), sample.agencyCode(), caseNumber, sample.step(), sample.content());
    }

    @Test
    void issues_a_numbered_document_and_stores_the_pdf_with_its_hashes() {
        IssuedDocument issued = documents.issue(fresh(SampleDocuments.decisionRefused()), "justice.officer");

        assertThat(issued.number()).matches("二司法援决〔\\d{4}〕\\d+号");
        byte[] pdf = documents.download(issued.id(), "justice.officer");
        assertThat(DocumentModel.sha256(pdf)).isEqualTo(issued.fileSha256());
        assertThat(issued.verificationCode()).hasSize(12).isEqualTo(issued.contentSha256().substring(0, 12));
        assertThat(issued.size()).isEqualTo(pdf.length);
        assertThat(documents.verify(issued.verificationCode().toUpperCase())).contains(issued);
    }

    @Test
    void the_code_printed_on_the_pdf_is_the_stored_content_digest() throws Exception {
        DocumentRequest request = fresh(SampleDocuments.acceptance());
        IssuedDocument issued = documents.issue(request, "cdpf.officer");
        byte[] pdf = documents.download(issued.id(), "cdpf.officer");

        DocumentModel model = new DocumentModel(request.kind(), issuers.find("CDPF").orElseThrow(), issued.number(),
                request.caseNumber(), issued.issuedAt(), request.content());
        assertThat(model.contentSha256()).isEqualTo(issued.contentSha256());
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(loaded))
                    .contains("验证码 " + issued.verificationCode());
            assertThat(DocumentRendererTest.qrCode(loaded, 0)).isEqualTo(issued.verificationCode());
        }
    }

    @Test
    void issuing_the_same_step_again_returns_the_stored_document_without_a_new_number() {
        DocumentRequest request = fresh(SampleDocuments.correction());
        IssuedDocument first = documents.issue(request, "housing.officer");
        IssuedDocument again = documents.issue(request, "housing.officer");

        assertThat(again).isEqualTo(first);
        assertThat(documents.download(again.id(), "housing.officer"))
                .isEqualTo(documents.download(first.id(), "housing.officer"));
        assertThat(documents.ofCase(request.caseNumber())).containsExactly(first);
    }

    @Test
    void refuses_to_issue_the_same_step_again_with_different_content() {
        DocumentRequest request = fresh(SampleDocuments.termination());
        documents.issue(request, "cdpf.officer");
        DocumentContent changed = new DocumentContent(request.content().recipient(), "改过的标题",
                request.content().body(), request.content().legalBasis(), request.content().remedy());

        assertThatThrownBy(() -> documents.issue(new DocumentRequest(request.kind(), request.agencyCode(),
                request.caseNumber(), request.step(), changed), "cdpf.officer"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("different content");
    }

    @Test
    void numbers_follow_each_other_per_agency_and_kind() {
        IssuedDocument first = documents.issue(fresh(SampleDocuments.reviewConfirmation()), "cdpf.officer");
        IssuedDocument acceptance = documents.issue(fresh(SampleDocuments.acceptance()), "cdpf.officer");
        IssuedDocument second = documents.issue(fresh(SampleDocuments.reviewConfirmation()), "cdpf.officer");

        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        assertThat(acceptance.number()).startsWith("二残联受〔");
        assertThat(first.number()).startsWith("二残联审〔");
    }

    @Test
    void issuing_and_downloading_are_audited_without_personal_data() {
        IssuedDocument issued = documents.issue(fresh(SampleDocuments.nonAcceptance()), "hrss.officer");
        documents.download(issued.id(), "hrss.supervisor");

        List<AuditEvent> issuedEvents = audit.byUser("hrss.officer").stream()
                .filter(e -> DocumentService.ISSUED.equals(e.getAction()) && issued.caseNumber().equals(e.getSubject()))
                .toList();
        assertThat(issuedEvents).singleElement().satisfies(e -> assertThat(e.getDetail()).contains(issued.number()));
        assertThat(audit.byUser("hrss.supervisor")).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(DocumentService.DOWNLOADED);
            assertThat(e.getSubject()).isEqualTo(issued.caseNumber());
            assertThat(e.getDetail()).contains(issued.number()).doesNotContain("朝鲁");
        });
    }

    @Test
    void an_agency_without_a_letterhead_cannot_issue_documents() {
        DocumentRequest sample = SampleDocuments.acceptance();
        assertThatThrownBy(() -> documents.issue(new DocumentRequest(sample.kind(), "POLICE", "TD-2026-000001",
                sample.step(), sample.content()), "police.officer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POLICE");
    }

    @Test
    void every_issuing_agency_in_the_database_has_its_abbreviation_and_letterhead() {
        assertThat(issuers.all()).extracting(Issuer::agencyCode)
                .containsExactlyInAnyOrder("CDPF", "HRSS", "FIN", "HOUSING", "CIVIL", "HEALTH", "JUSTICE");
        assertThat(issuers.find("CDPF")).contains(SampleDocuments.CDPF);
        assertThat(issuers.find("JUSTICE")).contains(SampleDocuments.JUSTICE);
    }

    @Test
    void every_demo_name_unit_and_letterhead_has_a_glyph() {
        StringBuilder all = new StringBuilder();
        jdbc.queryForList("select name from person", String.class).forEach(all::append);
        jdbc.queryForList("select name_zh from org_unit", String.class).forEach(all::append);
        jdbc.queryForList("select header_name || abbreviation from document_issuer", String.class).forEach(all::append);
        for (User user : identity.createUserQuery().list()) {
            all.append(user.getLastName()).append(user.getFirstName());
        }
        assertThat(all.length()).isGreaterThan(2000);
        assertThat(DocumentFonts.bundled().missingGlyphs(all.toString())).isEmpty();
    }

    @Test
    void tells_which_characters_a_document_cannot_print() {
        assertThat(documents.unprintableCharacters("巴特尔 Bayar，2026年")).isEmpty();
        assertThat(documents.unprintableCharacters("王😀明")).isEqualTo("😀");
    }

    @Test
    void a_character_without_a_glyph_stops_the_document_instead_of_printing_a_box() {
        DocumentRequest sample = fresh(SampleDocuments.acceptance());
        DocumentContent content = new DocumentContent("王😀明：", sample.content().title(), sample.content().body(),
                "", "");
        assertThatThrownBy(() -> documents.issue(new DocumentRequest(sample.kind(), sample.agencyCode(),
                sample.caseNumber(), sample.step(), content), "cdpf.officer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no glyph");
        assertThat(documents.ofCase(sample.caseNumber())).isEmpty();
    }

    private static long sequence(IssuedDocument d) {
        String n = d.number();
        return Long.parseLong(n.substring(n.indexOf('〕') + 1, n.length() - 1));
    }
}
