package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employers under the city's jurisdiction and their headcount history. */
@Service
@Transactional
public class EmployerRegistry {

    /** A previous-year figure of an employer. */
    public record Headcount(int figureYear, BigDecimal headcount, BigDecimal payroll, String source) {
    }

    private final EmployerRepository employers;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmployerRegistry(EmployerRepository employers, JdbcTemplate jdbc, Clock clock) {
        this.employers = employers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers an employer; the code must carry a valid GB 32100 check character and be new.
     *
     * @throws IllegalArgumentException for a bad or already registered code, or a blank name
     */
    public Employer register(EmployerRegistration r) {
        UnifiedCreditCode code = UnifiedCreditCode.parse(r.creditCode())
                .orElseThrow(() -> new IllegalArgumentException("Invalid unified social credit code"));
        if (r.name() == null || r.name().isBlank() || r.name().strip().length() > 120) {
            throw new IllegalArgumentException("An employer needs a name of 1–120 characters");
        }
        if (employers.findByCreditCode(code.value()).isPresent()) {
            throw new IllegalArgumentException("Employer already registered: " + code.value());
        }
        return employers.save(new Employer(code, r.name().strip(), r.kind(), r.budgetFunded(), r.vatRefundUnit(),
                r.committeeMember(), LocalDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public Optional<Employer> findByCreditCode(String code) {
        return employers.findByCreditCode(UnifiedCreditCode.normalise(code));
    }

    @Transactional(readOnly = true)
    public Optional<Employer> find(long id) {
        return employers.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Employer> all() {
        return employers.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    @Transactional(readOnly = true)
    public long count() {
        return employers.count();
    }

    /** Records (or replaces) the figures of a year, e.g. from a declaration or the tax data. */
    public void recordHeadcount(long employerId, int figureYear, BigDecimal headcount, BigDecimal payroll, String source) {
        int updated = jdbc.update("update qr_employer_headcount set headcount = ?, payroll = ?, source = ?, recorded_at = ? "
                + "where employer_id = ? and figure_year = ?", headcount, payroll, source, LocalDateTime.now(clock),
                employerId, figureYear);
        if (updated == 0) {
            jdbc.update("insert into qr_employer_headcount (employer_id, figure_year, headcount, payroll, source, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?)", employerId, figureYear, headcount, payroll, source, LocalDateTime.now(clock));
        }
    }

    @Transactional(readOnly = true)
    public List<Headcount> headcountHistory(long employerId) {
        return jdbc.query("select figure_year, headcount, payroll, source from qr_employer_headcount where employer_id = ? "
                + "order by figure_year desc", (rs, n) -> new Headcount(rs.getInt(1), rs.getBigDecimal(2),
                rs.getBigDecimal(3), rs.getString(4)), employerId);
    }
}
