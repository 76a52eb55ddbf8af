package org.casebridge.platform.integrity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.serde.WireFormat;

/** Stand-in for the Confluent-format serde: a Map-backed registry and 5-byte-header frames. */
final class TestFrames {

    static final int REFERRAL_SUBMITTED_ID = 7;
    static final int CASE_FILED_ID = 8;
    static final int DEADLINE_WARNING_ID = 9;
    /** Another registry's id for ReferralSubmitted's schema. */
    static final int REFERRAL_SUBMITTED_ELSEWHERE_ID = 1007;
    static final Map<Integer, Schema> SCHEMAS = Map.of(
            REFERRAL_SUBMITTED_ID, ReferralSubmitted.getClassSchema(),
            REFERRAL_SUBMITTED_ELSEWHERE_ID, ReferralSubmitted.getClassSchema(),
            CASE_FILED_ID, CaseFiled.getClassSchema(),
            DEADLINE_WARNING_ID, DeadlineWarning.getClassSchema());
    static final SchemaLookup LOOKUP = SCHEMAS::get;

    private TestFrames() {
    }

    static byte[] frame(int schemaId, SpecificRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Serializer<Object> serializer() {
        return (topic, data) -> frame(data instanceof CaseFiled ? CASE_FILED_ID
                : data instanceof DeadlineWarning ? DEADLINE_WARNING_ID : REFERRAL_SUBMITTED_ID, (SpecificRecord) data);
    }

    static Deserializer<Object> deserializer() {
        return (topic, data) -> {
            Schema writer = SCHEMAS.get(WireFormat.schemaId(data));
            try {
                return new SpecificDatumReader<>(writer).read(null,
                        DecoderFactory.get().binaryDecoder(data, WireFormat.PAYLOAD_OFFSET, data.length - WireFormat.PAYLOAD_OFFSET, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
