package org.casebridge.platform.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_COURT;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_FORESTRY;
import static org.casebridge.platform.integrity.TestEvents.KUNDULUN_POLICE;
import static org.casebridge.platform.integrity.TestEvents.caseFiled;
import static org.casebridge.platform.integrity.TestEvents.meta;
import static org.casebridge.platform.integrity.TestEvents.referralSubmitted;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyingDeserializerTest {

    private static final String FORESTRY = "FORESTRY:150200";
    private static final String OTHER_FORESTRY = "FORESTRY:150400";

    @TempDir
    Path keysDir;

    private TestAgencies agencies;
    private ReferralSubmitted referral;

    @BeforeEach
    void generateKeys() {
        agencies = new TestAgencies(keysDir);
        referral = referralSubmitted(meta(BAOTOU_FORESTRY, 1, null));
    }

    @Test
    void acceptsSignedReferralWithItsMetaSignerAndOriginalBytes() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);

        VerifiedEvent verified = sent.receive(agencies);

        assertThat(verified.event()).isEqualTo(referral);
        assertThat(((ReferralSubmitted) verified.event()).getCaseData().getCause()).isEqualTo("滥伐林木");
        assertThat(verified.meta()).isEqualTo(referral.getMeta());
        assertThat(verified.type().recordClass()).isEqualTo(ReferralSubmitted.class);
        assertThat(verified.signerId()).isEqualTo(FORESTRY);
        assertThat(verified.schemaId()).isEqualTo(TestFrames.REFERRAL_SUBMITTED_ID);
        assertThat(verified.wireBytes()).isEqualTo(sent.value());
        assertThat(verified.signature()).hasSize(64)
                .isEqualTo(sent.headers().lastHeader(SignatureHeaders.SIGNATURE).value());
    }

    @Test
    void hashesWriterFingerprintFollowedByAvroBody() throws Exception {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(SchemaNormalization.parsingFingerprint("SHA-256", ReferralSubmitted.getClassSchema()));
        sha256.update(Arrays.copyOfRange(sent.value(), 5, sent.value().length));

        assertThat(sent.receive(agencies).eventHash()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void signatureAndHashDoNotDependOnTheRegistrysSchemaId() {
        byte[] here = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);
        byte[] elsewhere = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ELSEWHERE_ID, referral);
        byte[] signature = agencies.signatureOf(FORESTRY, here);

        VerifiedEvent fromHere = agencies.verifier().deserialize("referrals", signed(FORESTRY, signature), here);
        VerifiedEvent fromElsewhere =
                agencies.verifier().deserialize("referrals", signed(FORESTRY, signature), elsewhere);

        assertThat(fromElsewhere.schemaId()).isEqualTo(TestFrames.REFERRAL_SUBMITTED_ELSEWHERE_ID);
        assertThat(fromElsewhere.eventHash()).isEqualTo(fromHere.eventHash());
    }

    @Test
    void rejectsFlippedBodyByteAsForged() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        sent.value()[sent.value().length - 10] ^= 0x01;

        assertRejected(sent.headers(), sent.value(), RejectionReason.FORGED_SIGNATURE);
    }

    @Test
    void rejectsSignatureOverAnotherFingerprintAsForged() {
        byte[] frame = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);
        byte[] fingerprint = WriterFingerprints.fingerprint(ReferralSubmitted.getClassSchema());
        fingerprint[0] ^= 0x01;
        byte[] signature = SignedPayload.sign(AgencyKeys.readPrivateKey(keysDir, FORESTRY), fingerprint, frame);

        assertRejected(signed(FORESTRY, signature), frame, RejectionReason.FORGED_SIGNATURE);
    }

    @Test
    void rejectsFlippedSignatureBitAsForged() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        byte[] signature = sent.headers().lastHeader(SignatureHeaders.SIGNATURE).value().clone();
        signature[40] ^= 0x10;

        assertRejected(signed(FORESTRY, signature), sent.value(), RejectionReason.FORGED_SIGNATURE);
    }

    @Test
    void rejectsSignatureOfWrongLengthAsForged() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        byte[] signature = sent.headers().lastHeader(SignatureHeaders.SIGNATURE).value();

        assertRejected(signed(FORESTRY, Arrays.copyOf(signature, 65)), sent.value(), RejectionReason.FORGED_SIGNATURE);
        assertRejected(signed(FORESTRY, Arrays.copyOf(signature, 63)), sent.value(), RejectionReason.FORGED_SIGNATURE);
        assertRejected(signed(FORESTRY, new byte[0]), sent.value(), RejectionReason.FORGED_SIGNATURE);
    }

    @Test
    void rejectsSignatureMadeWithAnotherUnitsKeyAsForged() {
        byte[] frame = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);

        assertRejected(signed(FORESTRY, agencies.signatureOf(OTHER_FORESTRY, frame)), frame,
                RejectionReason.FORGED_SIGNATURE);
    }

    @Test
    void rejectsRecordWithoutSignatureHeadersAsUnsigned() {
        byte[] frame = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);
        Headers signerOnly = new RecordHeaders().add(SignatureHeaders.SIGNER, FORESTRY.getBytes(UTF_8));

        assertRejected(new RecordHeaders(), frame, RejectionReason.UNSIGNED);
        assertRejected(signerOnly, frame, RejectionReason.UNSIGNED);
        assertThatThrownBy(() -> agencies.verifier().deserialize("referrals", frame))
                .isInstanceOf(EventRejectedException.class).hasMessageStartingWith("UNSIGNED");
    }

    @Test
    void rejectsSignerMissingFromTheDirectory() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        sent.headers().remove(SignatureHeaders.SIGNER).add(SignatureHeaders.SIGNER, "FORESTRY:110105".getBytes(UTF_8));

        assertThatThrownBy(() -> sent.receive(agencies))
                .isInstanceOf(EventRejectedException.class)
                .hasMessageContaining("'FORESTRY:110105' is not in the agency directory")
                .extracting(e -> ((EventRejectedException) e).reason()).isEqualTo(RejectionReason.UNKNOWN_SIGNER);
    }

    @Test
    void rejectsSignerWhoseDirectoryEntryHasNoKey() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        VerifyingDeserializer withoutKeys =
                new VerifyingDeserializer(TestFrames.deserializer(), TestFrames.LOOKUP, AgencyDirectory.bundled());

        assertThatThrownBy(() -> withoutKeys.deserialize("referrals", sent.headers(), sent.value()))
                .isInstanceOf(EventRejectedException.class)
                .hasMessage("UNKNOWN_SIGNER: the agency directory has no public key for signer " + FORESTRY);
    }

    @Test
    void rejectsValueWithWrongMagicByte() {
        TestAgencies.Sent sent = agencies.send(FORESTRY, referral);
        sent.value()[0] = 1;

        assertRejected(sent.headers(), sent.value(), RejectionReason.MALFORMED_FRAME);
    }

    @Test
    void rejectsEventSignedByAnotherUnitThanItsActingAgency() {
        byte[] frame = TestFrames.frame(TestFrames.REFERRAL_SUBMITTED_ID, referral);

        assertThatThrownBy(() -> agencies.verifier().deserialize("referrals",
                signed(OTHER_FORESTRY, agencies.signatureOf(OTHER_FORESTRY, frame)), frame))
                .isInstanceOf(EventRejectedException.class)
                .hasMessageContaining("signed by FORESTRY:150400 but names FORESTRY:150200 as acting agency")
                .extracting(e -> ((EventRejectedException) e).reason()).isEqualTo(RejectionReason.SIGNER_MISMATCH);
    }

    @Test
    void rejectsCourtSigningCaseFiled() {
        CaseFiled filedByCourt = caseFiled(meta(BAOTOU_COURT, 2, "ab".repeat(32)));
        TestAgencies.Sent sent = agencies.send("COURT:150200", filedByCourt);

        assertThatThrownBy(() -> sent.receive(agencies))
                .isInstanceOf(EventRejectedException.class)
                .hasMessage("WRITER_NOT_ALLOWED: COURT:150200 may not write CaseFiled; its writers are [POLICE]");
    }

    @Test
    void acceptsPoliceSigningCaseFiled() {
        CaseFiled filed = caseFiled(meta(KUNDULUN_POLICE, 2, "ab".repeat(32)));

        VerifiedEvent verified = agencies.send("POLICE:150203", filed).receive(agencies);

        assertThat(((CaseFiled) verified.event()).getFilingDecisionNumber()).isEqualTo("包公昆立字〔2025〕88号");
        assertThat(verified.schemaId()).isEqualTo(TestFrames.CASE_FILED_ID);
    }

    @Test
    void passesNullValueThrough() {
        assertThat(agencies.verifier().deserialize("referrals", new RecordHeaders(), (byte[]) null)).isNull();
    }

    private Headers signed(String signerId, byte[] signature) {
        return new RecordHeaders()
                .add(SignatureHeaders.SIGNER, signerId.getBytes(UTF_8))
                .add(SignatureHeaders.SIGNATURE, signature);
    }

    private void assertRejected(Headers headers, byte[] value, RejectionReason reason) {
        assertThatThrownBy(() -> agencies.verifier().deserialize("referrals", headers, value))
                .isInstanceOf(EventRejectedException.class)
                .hasMessageStartingWith(reason.name() + ": ")
                .extracting(e -> ((EventRejectedException) e).reason()).isEqualTo(reason);
    }
}
