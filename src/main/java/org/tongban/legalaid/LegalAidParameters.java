package org.tongban.legalaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongban.sla.BusinessCalendar;
import org.tongban.sla.LimitUnit;

/** The dated parameters of legal-aid.md from {@code la_parameter}, as valid on a case's reference date. */
@Component
class LegalAidParameters implements LegalAidLimits {

    record Row(long id, String key, BigDecimal amount) {
    }

    private static final String VALID_ON = " valid_from <= ? and (valid_to is null or valid_to >= ?)";

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    LegalAidParameters(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    Optional<Row> find(String key, LocalDate on) {
        return jdbc.query("select id, param_key, amount from la_parameter where param_key = ? and" + VALID_ON
                + " order by valid_from desc", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)),
                key, on, on).stream().findFirst();
    }

    @Override
    public int amount(String key, LocalDate on) {
        return find(key, on).map(r -> r.amount().intValueExact())
                .orElseThrow(() -> new IllegalStateException("No legal-aid parameter " + key + " valid on " + on));
    }

    /** The income threshold valid on that day, empty while the regional standard is not set. */
    Optional<BigDecimal> meansThreshold(LocalDate on) {
        return find("legal.means_threshold", on).map(Row::amount);
    }

    /** The ids of every row valid on that day, stored on the case ("a later change never recalculates"). */
    String idsValidOn(LocalDate on) {
        List<Long> ids = jdbc.queryForList("select id from la_parameter where" + VALID_ON + " order by id", Long.class, on, on);
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A citizen's deadline in calendar days, moved to the next working day when it ends on a non-working day. */
    @Override
    public Instant applicantDeadline(Instant trigger, int days) {
        return calendar.applicantDeadline(trigger, days, LimitUnit.CALENDAR_DAYS).due();
    }
}
