package org.casebridge.platform.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_FORESTRY;
import static org.casebridge.platform.integrity.TestEvents.KUNDULUN_POLICE;
import static org.casebridge.platform.integrity.TestEvents.meta;
import static org.casebridge.platform.integrity.TestEvents.referralSubmitted;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.directory.AgencyDirectoryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningSerializerTest {

    @TempDir
    Path keysDir;

    private TestAgencies agencies;
    private final ReferralSubmitted referral = referralSubmitted(meta(BAOTOU_FORESTRY, 1, null));

    @BeforeEach
    void generateKeys() {
        agencies = new TestAgencies(keysDir);
    }

    @Test
    void signsAsTheActingAgencyAndReplacesEarlierSignatureHeaders() {
        Headers headers = new RecordHeaders()
                .add(SignatureHeaders.SIGNER, "POLICE:150203".getBytes(UTF_8))
                .add(SignatureHeaders.SIGNATURE, new byte[64]);

        byte[] value = agencies.signerFor("FORESTRY:150200", "FORESTRY:150400").serialize("referrals", headers, referral);

        assertThat(value).isEqualTo(TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral));
        assertThat(headers.headers(SignatureHeaders.SIGNER)).extracting(Header::value)
                .containsExactly("FORESTRY:150200".getBytes(UTF_8));
        assertThat(headers.headers(SignatureHeaders.SIGNATURE)).extracting(Header::value)
                .containsExactly(agencies.signatureOf("FORESTRY:150200", value));
    }

    @Test
    void refusesEventWhoseActingAgencyHasNoKeyInTheRing() {
        AtomicInteger delegateCalls = new AtomicInteger();
        Serializer<Object> countingDelegate = (topic, data) -> {
            delegateCalls.incrementAndGet();
            return TestFrames.serializer().serialize(topic, data);
        };
        SigningSerializer policeOnly = new SigningSerializer(countingDelegate, TestFrames.LOOKUP,
                KeyRing.load(keysDir, List.of("POLICE:150203")));
        Headers headers = new RecordHeaders();

        assertThatThrownBy(() -> policeOnly.serialize("referrals", headers, referral))
                .isInstanceOf(SigningException.class)
                .hasMessage("cannot sign ReferralSubmitted as FORESTRY:150200: "
                        + "this service holds keys only for [POLICE:150203]");
        assertThat(delegateCalls).hasValue(0);
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void refusesRecordThatIsNotAnEvent() {
        assertThatThrownBy(() -> agencies.signerFor("POLICE:150203").serialize("referrals", new RecordHeaders(),
                KUNDULUN_POLICE))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("org.casebridge.contracts.common.AgencyRef is not an event");
    }

    @Test
    void refusesToSerializeWithoutHeaders() {
        assertThatThrownBy(() -> agencies.signerFor("FORESTRY:150200").serialize("referrals", referral))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("needs the record's headers");
    }

    @Test
    void keyRingRefusesUnitWithoutPrivateKeyFile() {
        assertThatThrownBy(() -> KeyRing.load(keysDir, List.of("POLICE:150299")))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageContaining("no private key for POLICE:150299");
    }
}
