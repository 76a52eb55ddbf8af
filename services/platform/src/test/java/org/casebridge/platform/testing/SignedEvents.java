package org.casebridge.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.registry.InMemorySchemaRegistryClient;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;

/**
 * Events as a consumer receives them: written by the real serializer, signed with the acting unit's key and
 * verified against the bundled directory, with an in-memory registry. Tracks each case's chain so that
 * {@link #next} produces the event a well-behaved writer would send.
 */
public final class SignedEvents {

    private static final Map<String, Object> SERDE = Map.of("schema.registry.url", "mem://signed-events",
            "value.subject.name.strategy", "TopicRecordNameStrategy", "specific.avro.reader", true);

    private final SigningSerializer serializer;
    private final VerifyingDeserializer deserializer;
    private final Map<String, VerifiedEvent> heads = new HashMap<>();

    public SignedEvents() {
        try {
            Path keys = Files.createTempDirectory("casebridge-signed-events");
            AgencyDirectory directory = AgencyDirectory.bundled();
            AgencyKeys.generateMissing(directory, keys);
            Set<String> units = directory.units().stream().map(AgencyUnit::id).collect(Collectors.toSet());
            InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
            serializer = new SigningSerializer(new AvroSerializer(registry, SERDE, false), registry::schemaById,
                    KeyRing.load(keys, units));
            deserializer = new VerifyingDeserializer(new AvroDeserializer(registry, SERDE, false), registry::schemaById,
                    directory.withKeysFrom(keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event with a fresh id and its meta's sequence and previous hash set to extend its case's chain, signed and verified. */
    public VerifiedEvent next(SpecificRecord event) {
        EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());
        VerifiedEvent head = heads.get(meta.getCaseId());
        meta.setSequence(head == null ? 1 : head.meta().getSequence() + 1);
        meta.setPreviousHash(head == null ? null : head.eventHash());
        // Two writers racing for the same position still write distinct events.
        meta.setEventId(UUID.nameUUIDFromBytes((meta.getCaseId() + "#" + meta.getSequence() + "#"
                + event.getSchema().getName()).getBytes(StandardCharsets.UTF_8)));
        VerifiedEvent verified = asIs(event);
        heads.put(meta.getCaseId(), verified);
        return verified;
    }

    /** The event exactly as given (sequence and previous hash untouched), signed and verified. */
    public VerifiedEvent asIs(SpecificRecord event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] frame = serializer.serialize("referrals", headers, event);
        return deserializer.deserialize("referrals", headers, frame);
    }

    /** Forgets what {@link #next} sent for the case after {@code head}, as a writer with a stale view would. */
    public void rewind(String caseId, VerifiedEvent head) {
        heads.put(caseId, head);
    }
}
