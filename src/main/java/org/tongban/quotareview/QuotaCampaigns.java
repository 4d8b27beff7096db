package org.tongban.quotareview;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;

/**
 * The yearly campaign: CDPF opens the review year (window, materials, 年审通告), then starts one
 * review per registered employer in a background job on the server. Progress is kept in
 * {@code qr_campaign}, so it survives the user leaving the page; a job cut off by a restart is
 * resumed at start-up (employers that already have a review are skipped).
 */
@Service
public class QuotaCampaigns {

    private static final Logger log = LoggerFactory.getLogger(QuotaCampaigns.class);

    private final JdbcTemplate jdbc;
    private final EmployerRepository employers;
    private final QuotaReviewService reviews;
    private final QuotaReviewDocuments documents;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quota-campaign");
        t.setDaemon(true);
        return t;
    });

    QuotaCampaigns(JdbcTemplate jdbc, EmployerRepository employers, QuotaReviewService reviews,
            QuotaReviewDocuments documents, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.reviews = reviews;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a review year and issues its 年审通告.
     *
     * @throws IllegalArgumentException when the year is already open or the window is empty
     */
    @Transactional
    public Campaign open(int reviewYear, LocalDate opens, LocalDate closes, String materials, String actor) {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("The window must close after it opens");
        }
        if (materials == null || materials.isBlank() || materials.length() > 1000) {
            throw new IllegalArgumentException("Materials must be listed (1–1000 characters)");
        }
        if (find(reviewYear).isPresent()) {
            throw new IllegalArgumentException("Review year " + reviewYear + " is already open");
        }
        jdbc.update("insert into qr_campaign (review_year, window_opens, window_closes, materials, opened_by, opened_at, state, "
                + "total, started, failed) values (?, ?, ?, ?, ?, ?, 'OPEN', 0, 0, 0)", reviewYear, opens, closes,
                materials.strip(), actor, LocalDateTime.now(clock));
        documents.announcement(reviewYear, opens, closes, materials.strip(), actor);
        audit.record(actor, "QR_CAMPAIGN_OPENED", "QR-" + reviewYear, opens + "–" + closes);
        return find(reviewYear).orElseThrow();
    }

    public Optional<Campaign> find(int reviewYear) {
        return jdbc.query("select id, review_year, window_opens, window_closes, materials, state, total, started, failed "
                + "from qr_campaign where review_year = ?", (rs, n) -> new Campaign(rs.getLong(1), rs.getInt(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                Campaign.State.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9)), reviewYear)
                .stream().findFirst();
    }

    public List<Integer> years() {
        return jdbc.queryForList("select review_year from qr_campaign order by review_year desc", Integer.class);
    }

    /**
     * Starts the bulk job for an open year and returns at once; the job runs on the server.
     *
     * @return false when the year is not open or its job already runs or ran
     */
    public boolean startAll(int reviewYear, String actor) {
        int claimed = jdbc.update("update qr_campaign set state = 'STARTING', total = ?, started = 0, failed = 0 "
                + "where review_year = ? and state = 'OPEN'", employers.count(), reviewYear);
        if (claimed == 0) {
            return false;
        }
        audit.record(actor, "QR_CAMPAIGN_STARTED", "QR-" + reviewYear, employers.count() + " employers");
        worker.submit(() -> run(reviewYear, actor));
        return true;
    }

    /** Resumes jobs cut off by a restart. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        for (Integer year : jdbc.queryForList("select review_year from qr_campaign where state = 'STARTING'", Integer.class)) {
            log.info("Resuming the quota review campaign {}", year);
            worker.submit(() -> run(year, "system"));
        }
    }

    private void run(int reviewYear, String actor) {
        Campaign campaign = find(reviewYear).orElseThrow();
        int started = 0;
        int failed = 0;
        List<Long> ids = employers.allIds();
        jdbc.update("update qr_campaign set total = ? where review_year = ?", ids.size(), reviewYear);
        for (Long id : ids) {
            try {
                reviews.startReview(id, reviewYear, campaign.windowCloses(), actor);
                started++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Could not start the {} review of employer {}", reviewYear, id, e);
            }
            if ((started + failed) % 10 == 0) {
                progress(reviewYear, started, failed, "STARTING");
            }
        }
        progress(reviewYear, started, failed, "STARTED");
        log.info("Quota review campaign {}: {} reviews started, {} failed", reviewYear, started, failed);
    }

    private void progress(int year, int started, int failed, String state) {
        jdbc.update("update qr_campaign set started = ?, failed = ?, state = ? where review_year = ?", started, failed, state, year);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
