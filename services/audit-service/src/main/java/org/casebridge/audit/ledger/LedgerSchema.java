package org.casebridge.audit.ledger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The ledger's tables (db/migration/audit) have their own Flyway history table, so that their versions never
 * interleave with the projection migrations every service shares (db/migration/casebridge): a shared sequence
 * would make each new shared migration an out-of-order one in the audit database. Run after the shared
 * migrations; the baseline accepts a schema that already holds their tables.
 */
final class LedgerSchema {

    private LedgerSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/audit")
                .table("audit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
