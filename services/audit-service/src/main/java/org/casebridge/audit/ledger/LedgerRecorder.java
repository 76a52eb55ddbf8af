package org.casebridge.audit.ledger;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.casebridge.platform.consumer.ReasonCoded;
import org.casebridge.platform.integrity.EventVerifier;
import org.casebridge.platform.integrity.SignatureHeaders;
import org.casebridge.platform.projection.RecordHandler;
import org.casebridge.platform.serde.RegistryCallFailedException;

/**
 * Verifies each record on its own (signature, signer, writer rights, decoding) and appends it to the ledger with
 * the verdict, whatever it is: a forged or undecodable record is evidence, not noise, so it is kept, never
 * dead-lettered. Only a registry that cannot be reached is not a verdict; that failure propagates, and the record
 * is retried until the registry answers.
 */
final class LedgerRecorder implements RecordHandler<byte[]> {

    private static final int MAX_KEY = 1000;
    private static final int MAX_DETAIL = 2000;
    private static final int MAX_SIGNER = 100;

    private final EventVerifier verifier;
    private final Ledger ledger;

    LedgerRecorder(EventVerifier verifier, Ledger ledger) {
        this.verifier = verifier;
        this.ledger = ledger;
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        ledger.append(entryOf(record));
    }

    LedgerEntry entryOf(ConsumerRecord<String, byte[]> record) {
        LedgerEntry.Origin origin = new LedgerEntry.Origin(record.topic(), record.partition(), record.offset(),
                truncate(record.key(), MAX_KEY), Instant.ofEpochMilli(record.timestamp()));
        Headers headers = record.headers();
        String signer = SignatureHeaders.signer(headers);
        byte[] signature = SignatureHeaders.signature(headers);
        if (record.value() == null) {
            return LedgerEntry.refused(origin, LedgerEntry.TOMBSTONE, "the record has no value",
                    truncate(signer, MAX_SIGNER), null, signature);
        }
        try {
            return LedgerEntry.verified(origin, verifier.verify(record.topic(), record.value(), signer, signature));
        } catch (RegistryCallFailedException unreachable) {
            throw unreachable;
        } catch (RuntimeException refused) {
            return LedgerEntry.refused(origin, ReasonCoded.codeOf(refused), truncate(refused.getMessage(), MAX_DETAIL),
                    truncate(signer, MAX_SIGNER), record.value(), signature);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
