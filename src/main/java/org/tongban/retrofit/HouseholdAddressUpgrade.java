package org.tongban.retrofit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.security.FieldEncryption;

/**
 * Encrypts the addresses of households written before V52 (plain text) at start. A SQL
 * migration cannot: the key lives outside the database. Runs before the demo data; idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HouseholdAddressUpgrade implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final FieldEncryption encryption;

    HouseholdAddressUpgrade(JdbcTemplate jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        encryptPlainAddresses();
    }

    /** Encrypts every address not yet encrypted; returns how many. */
    @Transactional
    public int encryptPlainAddresses() {
        var plain = jdbc.queryForList("select id, address from ar_household where address not like 'v1:%'");
        for (var row : plain) {
            jdbc.update("update ar_household set address = ? where id = ?",
                    encryption.encrypt((String) row.get("address")), row.get("id"));
        }
        return plain.size();
    }
}
