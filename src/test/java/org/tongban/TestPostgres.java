package org.tongban;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A PostgreSQL for the test run: {@code TEST_DB_URL} (with {@code TEST_DB_USER},
 * {@code TEST_DB_PASSWORD}) when set, otherwise one embedded server started once per JVM.
 * Nothing to install and never skipped.
 */
public final class TestPostgres {

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** JDBC URL, user and password of the test database. */
    public static synchronized String[] connection() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new String[] {url, envOr("TEST_DB_USER", "postgres"), envOr("TEST_DB_PASSWORD", "")};
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
                try (Connection c = embedded.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database tongban");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database", e);
            }
        }
        return new String[] {embedded.getJdbcUrl("postgres", "tongban"), "postgres", ""};
    }

    private static synchronized void stop() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary data directory goes with it.
        }
        embedded = null;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Points the Spring datasource at the test PostgreSQL. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String[] c = connection();
            // Stop the server after everything else in the context, the connection pool included:
            // the first disposable bean registered is the last destroyed. (A JVM shutdown hook would
            // race the context's own and leave the pool waiting for a server that is gone.)
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("testPostgres", TestPostgres::stop);
            TestPropertyValues.of("spring.datasource.url=" + c[0], "spring.datasource.username=" + c[1],
                    "spring.datasource.password=" + c[2]).applyTo(context);
        }
    }
}
