package org.casebridge.platform.integrity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_FORESTRY;
import static org.casebridge.platform.integrity.TestEvents.meta;
import static org.casebridge.platform.integrity.TestEvents.referralSubmitted;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.serde.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signed bytes are pure Ed25519 over the writer fingerprint followed by the Avro body. Ed25519 signatures are
 * deterministic, so signatures equal to those of another implementation prove the same message and scheme: what
 * older versions of this class (BouncyCastle's {@code Ed25519Signer}) and other clients made still verifies.
 */
class SignedPayloadTest {

    private static final byte[] SEED = "casebridge-signed-payload-test-k".getBytes(US_ASCII);

    private final Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(SEED);
    private final Ed25519PublicKeyParameters publicKey = key.generatePublicKey();
    private final ReferralSubmitted referral = referralSubmitted(meta(BAOTOU_FORESTRY, 1, null));
    private final byte[] frame = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);
    private final byte[] fingerprint = WriterFingerprints.fingerprint(ReferralSubmitted.getClassSchema());

    @Test
    void signsAsBouncyCastlesEd25519SignerAndTheJdkDoOverFingerprintAndBody() throws GeneralSecurityException {
        byte[] body = Arrays.copyOfRange(frame, WireFormat.PAYLOAD_OFFSET, frame.length);

        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(fingerprint, 0, fingerprint.length);
        signer.update(body, 0, body.length);
        byte[] bySigner = signer.generateSignature();

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, SEED)));
        jdk.update(fingerprint);
        jdk.update(body);
        byte[] byJdk = jdk.sign();

        assertThat(SignedPayload.sign(key, fingerprint, frame)).hasSize(64).isEqualTo(bySigner).isEqualTo(byJdk);
        assertThat(SignedPayload.verify(publicKey, fingerprint, frame, byJdk)).isTrue();
    }

    @Test
    void verifiesEventsOfEverySizeOnOneThread() {
        byte[] small = Arrays.copyOf(frame, 40);
        byte[] large = Arrays.copyOf(frame, 20_000);
        large[large.length - 1] = 7;

        // One thread's buffer serves a large message between two small ones: nothing of the large one may linger.
        byte[] smallSignature = SignedPayload.sign(key, fingerprint, small);
        byte[] largeSignature = SignedPayload.sign(key, fingerprint, large);

        assertThat(SignedPayload.verify(publicKey, fingerprint, small, smallSignature)).isTrue();
        assertThat(SignedPayload.verify(publicKey, fingerprint, large, largeSignature)).isTrue();
        assertThat(SignedPayload.verify(publicKey, fingerprint, small, largeSignature)).isFalse();
        assertThat(SignedPayload.sign(key, fingerprint, small)).isEqualTo(smallSignature);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 128, 255})
    void rejectsOneFlippedBitOfTheFingerprint(int bit) {
        byte[] signature = SignedPayload.sign(key, fingerprint, frame);

        assertThat(SignedPayload.verify(publicKey, flipped(fingerprint, bit), frame, signature)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {WireFormat.PAYLOAD_OFFSET * 8, 100 * 8 + 3, -1})
    void rejectsOneFlippedBitOfTheBody(int bit) {
        byte[] signature = SignedPayload.sign(key, fingerprint, frame);
        byte[] forged = flipped(frame, bit < 0 ? frame.length * 8 - 1 : bit);

        assertThat(SignedPayload.verify(publicKey, fingerprint, forged, signature)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 255, 256, 300, 511})
    void rejectsOneFlippedBitOfTheSignature(int bit) {
        byte[] signature = SignedPayload.sign(key, fingerprint, frame);

        assertThat(SignedPayload.verify(publicKey, fingerprint, frame, flipped(signature, bit))).isFalse();
    }

    @Test
    void rejectsSignatureOfAnotherKey() {
        Ed25519PrivateKeyParameters other = new Ed25519PrivateKeyParameters(new byte[32]);

        assertThat(SignedPayload.verify(publicKey, fingerprint, frame, SignedPayload.sign(other, fingerprint, frame)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32, 63, 65, 128})
    void rejectsSignatureOfAnyOtherLengthThan64Bytes(int length) {
        // 65 and 128 start with the valid signature: trailing bytes must not be ignored.
        byte[] signature = Arrays.copyOf(SignedPayload.sign(key, fingerprint, frame), length);

        assertThat(SignedPayload.verify(publicKey, fingerprint, frame, signature)).isFalse();
    }

    private static byte[] flipped(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }
}
