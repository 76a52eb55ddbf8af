package org.casebridge.platform.testing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh, migrated projection database: H2 in memory (the embedded default) or a new schema on the
 * PostgreSQL server at 127.0.0.1:5432 (production's database; CI has one, with trust authentication).
 */
public final class ProjectionDatabase {

    public enum Kind { H2, POSTGRES }

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final DataSource dataSource;

    private ProjectionDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/casebridge").load().migrate();
    }

    public static ProjectionDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /** As {@link #create}, and skips the calling test (an assumption) when it needs PostgreSQL and none answers. */
    public static ProjectionDatabase createOrSkip(Kind kind) {
        assumeThat(kind == Kind.H2 || postgresAvailable())
                .as("no PostgreSQL at 127.0.0.1:5432; the H2 variant still runs").isTrue();
        return create(kind);
    }

    static ProjectionDatabase h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        // The statement cache as the services configure it (casebridge-defaults.yml).
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        return new ProjectionDatabase(h2);
    }

    static ProjectionDatabase postgres() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(freshPostgresSchema());
        postgres.setUser("postgres");
        return new ProjectionDatabase(postgres);
    }

    /**
     * The JDBC URL (user postgres, no password) of a new, empty schema on the PostgreSQL server: for services that
     * migrate it themselves, such as several instances of one service started as processes.
     */
    public static String freshPostgresSchema() {
        String schema = "cb_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 (user postgres) is needed for this test", e);
        }
        return POSTGRES_URL + "?currentSchema=" + schema;
    }

    /** Whether a PostgreSQL server answers here; tests on it are skipped without one, except in CI. */
    public static boolean postgresAvailable() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
            return true;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL projection tests", e);
            }
            return false;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
