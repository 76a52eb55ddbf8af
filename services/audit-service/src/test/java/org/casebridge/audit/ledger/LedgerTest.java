package org.casebridge.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.casebridge.platform.schema.OwnMigrations;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger's table on both databases: history in log order, verdict pages, bytes and Chinese text intact. */
class LedgerTest {

    private static final Instant APPENDED = Instant.parse("2026-11-02T01:30:00.123Z");
    private static final String PAYLOAD = "{\"address\": \"包头市昆都仑区卜尔汉图镇阿都赖村北山\"}";

    private Ledger ledger;

    private void open(ProjectionDatabase.Kind kind) {
        ProjectionDatabase database = ProjectionDatabase.createOrSkip(kind);
        OwnMigrations.migrate(database.dataSource(), "audit");
        ledger = new Ledger(database.jdbc());
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void returnsACaseHistoryInLogOrderWithEveryFieldIntact(ProjectionDatabase.Kind kind) {
        open(kind);
        ledger.append(refused(7, "BT-1", "FORGED_SIGNATURE"));
        ledger.append(verified(3, "BT-1"));
        ledger.append(verified(4, "BT-2"));

        assertThat(ledger.history("BT-1")).extracting(LedgerEntry::offset).containsExactly(3L, 7L);
        LedgerEntry first = ledger.history("BT-1").get(0);
        assertThat(first).usingRecursiveComparison().isEqualTo(verified(3, "BT-1"));
        LedgerEntry forged = ledger.history("BT-1").get(1);
        assertThat(forged.sequence()).isNull();
        assertThat(forged.wireBytes()).isEqualTo(bytes("frame 7"));
        assertThat(forged.verdictDetail()).isEqualTo("FORGED_SIGNATURE: 签名不符");
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void pagesTheRecordsThatFailedACheck(ProjectionDatabase.Kind kind) {
        open(kind);
        ledger.append(verified(0, "BT-1"));
        ledger.append(refused(1, "BT-1", "UNSIGNED"));
        ledger.append(refused(2, "BT-2", "FORGED_SIGNATURE"));
        ledger.append(refused(3, "BT-3", "UNSIGNED"));

        assertThat(ledger.withVerdict(null, 0, 2)).extracting(LedgerEntry::offset).containsExactly(1L, 2L);
        assertThat(ledger.withVerdict(null, 2, 2)).extracting(LedgerEntry::offset).containsExactly(3L);
        assertThat(ledger.countWithVerdict(null)).isEqualTo(3);
        assertThat(ledger.withVerdict("UNSIGNED", 0, 10)).extracting(LedgerEntry::offset).containsExactly(1L, 3L);
        assertThat(ledger.countWithVerdict("UNSIGNED")).isEqualTo(2);
        assertThat(ledger.countWithVerdict(LedgerEntry.VERIFIED)).isEqualTo(1);
    }

    private static LedgerEntry verified(long offset, String caseId) {
        return new LedgerEntry("referrals", 0, offset, caseId, APPENDED, LedgerEntry.VERIFIED, null,
                "ReferralSubmitted", "3f0e8a52-7d4b-4a8e-9a55-6c1f3e0b9d10", caseId, 1L, "FORESTRY:150200", "张晓明",
                APPENDED.minusSeconds(5), "FORESTRY:150200", "ab".repeat(32), PAYLOAD, bytes("frame " + offset),
                bytes("signature " + offset));
    }

    private static LedgerEntry refused(long offset, String caseId, String verdict) {
        return new LedgerEntry("referrals", 0, offset, caseId, APPENDED, verdict, verdict + ": 签名不符", null, null,
                null, null, null, null, null, "FORESTRY:150200", null, null, bytes("frame " + offset), null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
