package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dated parameters of quota-review.md from {@code qr_parameter}: the row of a key valid
 * on the reference date (1 January of the review year). A missing row is a missing rule, never a default in code.
 */
@Service
@Transactional(readOnly = true)
public class QuotaParameters {

    /** One parameter row; {@code id} is stored on the case that used it. */
    public record Row(long id, String key, String value, String unit, String dayType, LocalDate validFrom,
            LocalDate validTo, String reference, String mark) {
        BigDecimal decimal() {
            return new BigDecimal(value);
        }
    }

    private final JdbcTemplate jdbc;

    QuotaParameters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reference date of a review year. */
    public static LocalDate referenceDate(int reviewYear) {
        return LocalDate.of(reviewYear, 1, 1);
    }

    public Optional<Row> find(String key, LocalDate on) {
        List<Row> rows = jdbc.query("""
                select id, param_key, param_value, unit, day_type, valid_from, valid_to, reference, mark
                from qr_parameter where param_key = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by valid_from desc""",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9)),
                key, on, on);
        return rows.stream().findFirst();
    }

    public Row require(String key, LocalDate on) {
        return find(key, on).orElseThrow(() -> new MissingParameterException(key, on));
    }

    public int integer(String key, LocalDate on) {
        return Integer.parseInt(require(key, on).value());
    }

    /** The levy parameters for a review year; tiers and exemption are null where no row is in force. */
    public LevyParameters levy(int reviewYear) {
        LocalDate on = referenceDate(reviewYear);
        List<Long> ids = new ArrayList<>();
        BigDecimal ratio = used(require("quota.ratio", on), ids);
        BigDecimal multiple = used(require("quota.wage_cap_multiple", on), ids);
        BigDecimal average = used(require("quota.avg_wage", on), ids);
        BigDecimal threshold = find("quota.tier_threshold", on).map(r -> used(r, ids)).orElse(null);
        BigDecimal mid = find("quota.tier_mid_rate", on).map(r -> used(r, ids)).orElse(null);
        BigDecimal low = find("quota.tier_low_rate", on).map(r -> used(r, ids)).orElse(null);
        BigDecimal small = find("quota.small_enterprise_max", on).map(r -> used(r, ids)).orElse(null);
        return new LevyParameters(ratio, multiple, average, threshold, mid, low, small, ids);
    }

    /** The counting rules for the figures year of a review year. */
    RosterRules.Rules counting(int reviewYear) {
        LocalDate on = referenceDate(reviewYear);
        return new RosterRules.Rules(integer("quota.min_working_age", on), integer("quota.retirement_age_male", on),
                integer("quota.retirement_age_female", on), require("common.min_wage", on).decimal());
    }

    private static BigDecimal used(Row row, List<Long> ids) {
        ids.add(row.id());
        return row.decimal();
    }

    /** A rule needed for a case has no row in force: an administrator must add it. */
    public static class MissingParameterException extends IllegalStateException {
        MissingParameterException(String key, LocalDate on) {
            super("No parameter " + key + " in force on " + on);
        }
    }
}
