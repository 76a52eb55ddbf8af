package org.casebridge.platform.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The tables one service alone has (the audit ledger, the procuratorate's deadline monitor) migrate from
 * {@code db/migration/<name>} with a Flyway history table of their own, {@code <name>_schema_history}, so that
 * their versions never interleave with the migrations every service shares ({@code db/migration/casebridge}): a
 * shared sequence would make each new shared migration an out-of-order one in that service's database. Run after
 * the shared migrations; the baseline accepts a schema that already holds their tables.
 */
public final class OwnMigrations {

    private OwnMigrations() {
    }

    /** @param name e.g. {@code audit}: the migrations' folder and the history table's prefix */
    public static void migrate(DataSource dataSource, String name) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + name)
                .table(name + "_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
