package org.tongban.quotareview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.quotareview.Campaign;
import org.tongban.quotareview.EmployerKind;
import org.tongban.quotareview.EmployerRegistration;
import org.tongban.quotareview.EmployerRegistry;
import org.tongban.quotareview.QuotaCampaigns;
import org.tongban.quotareview.QuotaReviewService;

/** Opening a year and starting 500 reviews in bulk, with the progress shown while the job runs. */
@TongbanTest
class QuotaCampaignViewTest {

    static final int YEAR = 2031;

    @Autowired ApplicationContext context;
    @Autowired EmployerRegistry employers;
    @Autowired QuotaCampaigns campaigns;
    @Autowired QuotaReviewService reviews;
    @Autowired DocumentService documents;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void a_campaign_for_500_employers_starts_every_review_in_the_background_and_shows_progress() throws Exception {
        for (int i = 0; employers.count() < 500; i++) {
            String first17 = "91152501MA1B%05d".formatted(i);
            String code = first17 + org.tongban.quotareview.UnifiedCreditCode.checkCharacter(first17);
            if (employers.findByCreditCode(code).isEmpty()) {
                employers.register(new EmployerRegistration(code, "批量测试单位" + i, EmployerKind.ENTERPRISE, false, false, false));
            }
        }
        long total = employers.count();

        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(QuotaCampaignView.class);
        QuotaCampaignView view = _get(QuotaCampaignView.class);
        view.year.setValue(YEAR);
        view.opens.setValue(LocalDate.of(YEAR, 3, 1));
        view.closes.setValue(LocalDate.of(YEAR, 10, 31));
        view.open.click();
        assertThat(view.state.getText()).contains("已开启");
        assertThat(documents.ofCase("QR-NOTICE-" + YEAR)).extracting(d -> d.kind()).containsExactly(DocumentKind.ANNOUNCEMENT);

        Instant started = Instant.now();
        view.startAll.click();
        assertThat(view.startAll.isEnabled()).isFalse();
        // The officer leaves the page; the job goes on on the server.
        SignedInUi.close();
        Campaign c = campaigns.find(YEAR).orElseThrow();
        while (c.state() != Campaign.State.STARTED && Duration.between(started, Instant.now()).toMinutes() < 5) {
            Thread.sleep(200);
            c = campaigns.find(YEAR).orElseThrow();
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("Quota review campaign: %d reviews started in %d ms%n", c.started(), took.toMillis());

        assertThat(c.state()).isEqualTo(Campaign.State.STARTED);
        assertThat(c.total()).isGreaterThanOrEqualTo((int) total);
        assertThat(c.started()).isEqualTo(c.total());
        assertThat(c.failed()).isZero();
        assertThat(c.progress()).isEqualTo(1.0);

        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(QuotaCampaignView.class);
        view = _get(QuotaCampaignView.class);
        view.year.setValue(YEAR);
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.counts.getText()).contains(c.started() + " / " + c.total());
        assertThat(view.state.getText()).contains("已全部启动");
        assertThat(campaigns.startAll(YEAR, "cdpf.officer")).isFalse();
    }
}
