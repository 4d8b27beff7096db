package org.tongban.retrofit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the procedure's dated parameters (ar_parameter) for a case's reference date. */
@Component
class RetrofitParameters {

    private final RetrofitParameterRepository rows;

    RetrofitParameters(RetrofitParameterRepository rows) {
        this.rows = rows;
    }

    /** The row valid on that date; a missing row is a configuration bug, not a user mistake. */
    @Transactional(readOnly = true)
    RetrofitParameter row(String key, LocalDate on) {
        return rows.findByParamKeyOrderByValidFromDesc(key).stream()
                .filter(r -> !r.getValidFrom().isAfter(on) && (r.getValidTo() == null || !r.getValidTo().isBefore(on)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No parameter " + key + " valid on " + on));
    }

    String text(String key, LocalDate on) {
        return row(key, on).getParamValue();
    }

    int number(String key, LocalDate on) {
        return Integer.parseInt(row(key, on).getParamValue().trim());
    }

    BigDecimal amount(String key, LocalDate on) {
        return new BigDecimal(row(key, on).getParamValue().trim());
    }
}
