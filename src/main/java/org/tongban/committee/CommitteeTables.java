package org.tongban.committee;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongban.committee.CommitteeFigures.Snapshot;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;
import org.tongban.committee.Procedures.Procedure;
import org.tongban.organisation.Organisation;

/**
 * Turns a snapshot into the tables the page, the report and the CSV export show, with one way of
 * writing each number: hours and days with one decimal, rates in per cent with one decimal.
 */
@Component
public class CommitteeTables {

    public static final String LEAGUE = "league";
    public static final String HANDOFFS = "handoffs";

    private final I18NProvider i18n;
    private final Organisation organisation;
    private final Procedures procedures;

    CommitteeTables(I18NProvider i18n, Organisation organisation, Procedures procedures) {
        this.i18n = i18n;
        this.organisation = organisation;
        this.procedures = procedures;
    }

    /** The league table, the hand-offs and one table per procedure, in page order. */
    public List<ReportTable> all(Snapshot s, Locale locale) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(league(s, locale));
        tables.add(handoffs(s, locale));
        s.activities().forEach((procedure, rows) -> tables.add(activities(procedure, rows, locale)));
        return tables;
    }

    public ReportTable league(Snapshot s, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (AgencyFigures a : s.league()) {
            String name = agency(a.agency(), locale);
            rows.add(List.of(name, String.valueOf(a.handled()), hours(a.waitingP50()), hours(a.waitingP90()),
                    hours(a.workingP50()), hours(a.workingP90()), percent(a.onTimeRate()), String.valueOf(a.backlog()),
                    days(a.oldestOpen(), s.now()), String.valueOf(a.supervisions())));
        }
        // The chart shows the agencies that kept cases waiting, longest (p90) first, at most 12.
        s.league().stream().filter(a -> a.waitingP90() != null && round(a.waitingP90()) > 0)
                .sorted(java.util.Comparator.comparing(AgencyFigures::waitingP90).reversed()).limit(12)
                .forEach(a -> {
                    labels.add(agency(a.agency(), locale));
                    values.add(new double[] {round(a.waitingP50()), round(a.waitingP90())});
                });
        return new ReportTable(LEAGUE, t(locale, "committee.league"), List.of(t(locale, "committee.col.agency"),
                t(locale, "committee.col.handled"), t(locale, "committee.col.waitP50"), t(locale, "committee.col.waitP90"),
                t(locale, "committee.col.workP50"), t(locale, "committee.col.workP90"), t(locale, "committee.col.onTime"),
                t(locale, "committee.col.backlog"), t(locale, "committee.col.oldest"), t(locale, "committee.col.supervised")),
                rows, List.of(5, 2, 2, 2, 2, 2, 3, 2, 2, 2),
                new ReportTable.Bars(t(locale, "committee.unit.hours"),
                        List.of(t(locale, "committee.col.waitP50"), t(locale, "committee.col.waitP90")), labels, values));
    }

    public ReportTable handoffs(Snapshot s, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Handoff h : s.handoffs()) {
            String from = agency(h.fromAgency(), locale);
            String to = agency(h.toAgency(), locale);
            rows.add(List.of(from, to, String.valueOf(h.count()), hours(h.waitP50()), hours(h.waitP90())));
            labels.add(from + " → " + to);
            values.add(new double[] {round(h.waitP50())});
        }
        return new ReportTable(HANDOFFS, t(locale, "committee.handoffs"), List.of(t(locale, "committee.col.from"),
                t(locale, "committee.col.to"), t(locale, "committee.col.cases"), t(locale, "committee.col.waitP50"),
                t(locale, "committee.col.waitP90")), rows, List.of(4, 4, 2, 2, 2),
                new ReportTable.Bars(t(locale, "committee.unit.hours"), List.of(t(locale, "committee.col.waitP50")),
                        labels, values));
    }

    public ReportTable activities(Procedure procedure, List<ActivityFigures> figures, Locale locale) {
        Map<String, String> names = procedures.taskNames(procedure);
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (String taskKey : names.keySet()) {
            ActivityFigures a = figures.stream().filter(f -> f.taskKey().equals(taskKey)).findFirst()
                    .orElse(new ActivityFigures(procedure.key(), taskKey, 0, null, null, 0));
            rows.add(List.of(names.get(taskKey), String.valueOf(a.completed()), hours(a.waitingP50()),
                    hours(a.waitingP90()), String.valueOf(a.queue())));
            if (a.waitingP50() != null) {
                labels.add(names.get(taskKey));
                values.add(new double[] {round(a.waitingP50()), round(a.waitingP90())});
            }
        }
        return new ReportTable("activities-" + procedure.key(), t(locale, "committee.heatmap.of", procedure.name()),
                List.of(t(locale, "committee.col.activity"), t(locale, "committee.col.completed"),
                        t(locale, "committee.col.waitP50"), t(locale, "committee.col.waitP90"),
                        t(locale, "committee.col.queue")), rows, List.of(6, 2, 2, 2, 2),
                new ReportTable.Bars(t(locale, "committee.unit.hours"),
                        List.of(t(locale, "committee.col.waitP50"), t(locale, "committee.col.waitP90")), labels, values));
    }

    public String agency(String code, Locale locale) {
        return code == null ? "—" : organisation.find(code).map(u -> u.name(locale)).orElse(code);
    }

    /** Seconds as hours with one decimal; a dash when there is no figure. */
    public static String hours(Double seconds) {
        return seconds == null ? "—" : String.format(Locale.ROOT, "%.1f", seconds / 3600);
    }

    static double round(Double seconds) {
        return seconds == null ? 0 : Math.round(seconds / 360) / 10.0;
    }

    public static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    public static String days(Instant oldest, Instant now) {
        return oldest == null ? "—"
                : String.format(Locale.ROOT, "%.1f", Math.max(0, Duration.between(oldest, now).toMinutes()) / 1440.0);
    }

    String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
