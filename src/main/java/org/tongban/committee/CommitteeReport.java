package org.tongban.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.tongban.audit.AuditLog;
import org.tongban.committee.CommitteeFigures.Snapshot;
import org.tongban.documents.Block;
import org.tongban.documents.MonitoringReport;
import org.tongban.documents.ReportRenderer;
import org.tongban.security.TongbanUser;

/**
 * The monitoring report (年度监测 / 季度) as PDF: the page's tables, each with its chart, printed by
 * the documents package; and the same tables for the CSV export. Made from the snapshot the page
 * shows, so the numbers are the page's.
 */
@Service
public class CommitteeReport {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final CommitteeTables tables;
    private final ReportRenderer renderer;
    private final List<CommitteeExtension> extensions;
    private final AuditLog audit;

    CommitteeReport(CommitteeTables tables, ReportRenderer renderer, List<CommitteeExtension> extensions, AuditLog audit) {
        this.tables = tables;
        this.renderer = renderer;
        this.extensions = extensions;
        this.audit = audit;
    }

    /** Every table of the page for this snapshot, the extensions' (plan targets) after the built-in ones. */
    public List<ReportTable> tables(TongbanUser user, Snapshot snapshot, Locale locale) {
        CommitteeAccess.require(user);
        List<ReportTable> all = new ArrayList<>(tables.all(snapshot, locale));
        for (CommitteeExtension extension : extensions) {
            all.addAll(extension.tables(user, snapshot.scope(), locale));
        }
        return all;
    }

    /** The report in Chinese, the official language of the committee's papers. */
    public byte[] pdf(TongbanUser user, Snapshot snapshot, String periodLabel) {
        CommitteeAccess.require(user);
        List<MonitoringReport.Part> parts = new ArrayList<>();
        parts.add(new MonitoringReport.Note(tables.t(CHINESE, "committee.report.definitions")));
        for (ReportTable table : tables(user, snapshot, CHINESE)) {
            parts.add(new MonitoringReport.Heading(table.title()));
            if (table.chart() != null && !table.chart().labels().isEmpty()) {
                parts.add(new MonitoringReport.BarChart(table.chart().unit(), table.chart().seriesNames(),
                        table.chart().labels(), table.chart().values()));
            }
            if (table.rows().isEmpty()) {
                parts.add(new MonitoringReport.Note(tables.t(CHINESE, "committee.none")));
            } else {
                parts.add(new MonitoringReport.Table(new Block.Table(table.header(), table.rows(), table.widths())));
            }
        }
        String title = tables.t(CHINESE, "committee.report.title", periodLabel);
        String subtitle = tables.t(CHINESE, "committee.report.subtitle", snapshot.scope().from().toString(),
                snapshot.scope().to().toString(), snapshot.scope().processKeys().size(),
                snapshot.now().atZone(TaskFacts.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' '));
        byte[] pdf = renderer.render(new MonitoringReport(title, subtitle, parts));
        audit.record(user.username(), "COMMITTEE_REPORT", null, periodLabel + " " + snapshot.scope());
        return pdf;
    }
}
