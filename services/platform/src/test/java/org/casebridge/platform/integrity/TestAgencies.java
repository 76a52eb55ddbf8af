package org.casebridge.platform.integrity;

import java.nio.file.Path;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.serde.WireFormat;

/** The bundled directory with keys generated into a test's temporary directory, and serdes over it. */
final class TestAgencies {

    final Path keysDir;
    final AgencyDirectory directory;

    TestAgencies(Path keysDir) {
        this.keysDir = keysDir;
        AgencyKeys.generateMissing(AgencyDirectory.bundled(), keysDir);
        this.directory = AgencyDirectory.bundled().withKeysFrom(keysDir);
    }

    SigningSerializer signerFor(String... unitIds) {
        return new SigningSerializer(TestFrames.serializer(), TestFrames.LOOKUP, KeyRing.load(keysDir, List.of(unitIds)));
    }

    VerifyingDeserializer verifier() {
        return new VerifyingDeserializer(TestFrames.deserializer(), TestFrames.LOOKUP, directory);
    }

    /** The event as its acting agency's service would send it. */
    Sent send(String unitId, SpecificRecord event) {
        Headers headers = new RecordHeaders();
        byte[] value = signerFor(unitId).serialize("referrals", headers, event);
        return new Sent(headers, value);
    }

    /** A signature by this unit's key over the payload of a frame, whatever the frame says. */
    byte[] signatureOf(String unitId, byte[] frame) {
        byte[] fingerprint = WriterFingerprints.fingerprint(TestFrames.SCHEMAS.get(WireFormat.schemaId(frame)));
        return SignedPayload.sign(AgencyKeys.readPrivateKey(keysDir, unitId), fingerprint, frame);
    }

    record Sent(Headers headers, byte[] value) {

        VerifiedEvent receive(TestAgencies agencies) {
            return agencies.verifier().deserialize("referrals", headers, value);
        }
    }
}
