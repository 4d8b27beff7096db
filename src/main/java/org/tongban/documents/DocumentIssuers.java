package org.tongban.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The agencies that issue documents, from the reference table {@code document_issuer} (owned by Flyway). */
@Component
class DocumentIssuers {

    private static final String SELECT = "select agency_code, header_name, abbreviation from document_issuer";

    private final JdbcTemplate jdbc;

    DocumentIssuers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Issuer> find(String agencyCode) {
        return jdbc.query(SELECT + " where agency_code = ?", (rs, i) -> new Issuer(rs.getString(1), rs.getString(2),
                rs.getString(3)), agencyCode).stream().findFirst();
    }

    List<Issuer> all() {
        return jdbc.query(SELECT + " order by agency_code", (rs, i) -> new Issuer(rs.getString(1), rs.getString(2),
                rs.getString(3)));
    }
}
