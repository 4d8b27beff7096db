package org.tongban.rehab;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongban.rehab.RehabEnums.ServiceType;

/** Reads the dated parameters and standard amounts of rehab rescue valid on a day. */
@Component
class RehabParameters {

    record Row(long id, String value) {
    }

    private final JdbcTemplate jdbc;

    RehabParameters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row of {@code key} valid on {@code day}; a missing row is a configuration bug, not a user error. */
    Row row(String key, LocalDate day) {
        List<Row> rows = jdbc.query("select id, param_value from rehab_parameter where param_key = ? and valid_from <= ? "
                + "and (valid_to is null or valid_to >= ?) order by valid_from desc",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2)), key, day, day);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No parameter " + key + " valid on " + day);
        }
        return rows.get(0);
    }

    int integer(String key, LocalDate day) {
        return Integer.parseInt(row(key, day).value());
    }

    RehabRules rulesOn(LocalDate day) {
        Row min = row("rehab.age_min", day);
        Row max = row("rehab.age_max", day);
        Row priority = row("rehab.priority_age_max", day);
        Row categories = row("rehab.categories", day);
        Row income = row("rehab.income_test", day);
        Set<Integer> cats = Arrays.stream(categories.value().split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toSet());
        String ids = List.of(min, max, priority, categories, income).stream().map(r -> Long.toString(r.id()))
                .collect(Collectors.joining(","));
        return new RehabRules(Integer.parseInt(min.value()), Integer.parseInt(max.value()),
                Integer.parseInt(priority.value()), cats, Boolean.parseBoolean(income.value()), ids);
    }

    /** The most specific standard row for the service, category and age valid on {@code day}. */
    RehabStandard standard(ServiceType service, int category, int age, LocalDate day) {
        return jdbc.query("select id, service_type, category, age_from, age_to, amount_yuan, per_unit, reference "
                + "from rehab_standard where service_type = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)",
                (rs, i) -> new RehabStandard(rs.getLong(1), ServiceType.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3) == null ? null : rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8)),
                service.name(), day, day).stream()
                .filter(s -> s.fits(category, age))
                .max(java.util.Comparator.comparingInt(RehabStandard::specificity))
                .orElseThrow(() -> new IllegalStateException("No standard for " + service + " on " + day));
    }
}
