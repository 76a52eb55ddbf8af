package org.casebridge.exchange.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.exchange.integrity.TestEvents.BAOTOU_FORESTRY;
import static org.casebridge.exchange.integrity.TestEvents.meta;
import static org.casebridge.exchange.integrity.TestEvents.referralSubmitted;

import java.nio.file.Path;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedEventSerializerTest {

    @TempDir
    Path keysDir;

    @Test
    void republishesExactlyWhatWasReceivedSoItVerifiesAgain() {
        TestAgencies agencies = new TestAgencies(keysDir);
        VerifiedEvent received =
                agencies.send("FORESTRY:150200", referralSubmitted(meta(BAOTOU_FORESTRY, 1, null))).receive(agencies);
        Headers deadLetterHeaders = new RecordHeaders();

        byte[] value = new VerifiedEventSerializer().serialize("referrals.dlt", deadLetterHeaders, received);

        assertThat(value).isSameAs(received.wireBytes());
        assertThat(agencies.verifier().deserialize("referrals.dlt", deadLetterHeaders, value)).isEqualTo(received);
    }

    @Test
    void passesNullThrough() {
        assertThat(new VerifiedEventSerializer().serialize("referrals.dlt", new RecordHeaders(), null)).isNull();
    }
}
