package org.tongban.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.base.Languages;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;

@TongbanTest
class DocumentDownloadTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentService documents;
    @Autowired AuditLog audit;
    @Autowired Languages languages;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    private IssuedDocument issued() {
        DocumentContent content = new DocumentContent("额尔敦：", "准予无障碍改造补贴决定书",
                List.of(Block.Paragraph.of("经入户评估和审核，你的申请符合改造条件，本机关决定准予改造，并给予补贴5,000.00元。")),
                "《无障碍环境建设法》第十八条。", "如不服本决定，可以自收到本决定书之日起六十日内申请行政复议。");
        return documents.issue(new DocumentRequest(DocumentKind.DECISION, "HOUSING",
                "RT-2026-" + UUID.randomUUID().toString().substring(0, 6), "Task_Decide", content), "housing.officer");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void downloads_the_stored_pdf_and_writes_the_download_to_the_audit_trail() throws Exception {
        IssuedDocument document = issued();
        SignedInUi.open(context, "housing.officer");
        UI.getCurrent().add(new DocumentDownload(documents, document, (user, d) -> "HOUSING".equals(user.unitCode())));

        DocumentDownload link = _get(DocumentDownload.class);
        assertThat(link.getText()).isEqualTo("决定书 " + document.number());
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("下载决定书 " + document.number() + "（PDF，" + Math.round(document.size() / 1024.0) + " KB）");
        byte[] pdf = DownloadKt._download(link);

        assertThat(sha256(pdf)).isEqualTo(document.fileSha256());
        assertThat(audit.byUser("housing.officer")).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("DOCUMENT_DOWNLOADED");
            assertThat(e.getSubject()).isEqualTo(document.caseNumber());
            assertThat(e.getDetail()).contains(document.number()).doesNotContain("额尔敦");
        });
    }

    @Test
    void refuses_a_user_the_caller_no_longer_allows_and_audits_the_attempt() {
        IssuedDocument document = issued();
        AtomicBoolean allowed = new AtomicBoolean(true);
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().add(new DocumentDownload(documents, document, (user, d) -> allowed.get()));
        allowed.set(false); // e.g. the case moved on to another agency after the page was drawn

        byte[] pdf = DownloadKt._download(_get(DocumentDownload.class));

        assertThat(pdf).isEmpty();
        assertThat(audit.byUser("cdpf.officer")).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("DOCUMENT_DOWNLOAD_REFUSED");
            assertThat(e.getSubject()).isEqualTo(document.caseNumber());
        });
    }

    @Test
    void a_link_the_user_may_not_use_is_disabled() {
        IssuedDocument document = issued();
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().add(new DocumentDownload(documents, document, (user, d) -> false));

        assertThat(_get(DocumentDownload.class).isEnabled()).isFalse();
    }

    @Test
    void speaks_english_to_a_user_who_chose_it() {
        IssuedDocument document = issued();
        try {
            languages.choose("housing.supervisor", Languages.ENGLISH);
            SignedInUi.open(context, "housing.supervisor");
            UI.getCurrent().add(new DocumentDownload(documents, document, (user, d) -> true));

            assertThat(_get(DocumentDownload.class).getElement().getAttribute("aria-label"))
                    .startsWith("Download Decision " + document.number() + " (PDF, ");
        } finally {
            languages.choose("housing.supervisor", Languages.CHINESE);
        }
    }
}
