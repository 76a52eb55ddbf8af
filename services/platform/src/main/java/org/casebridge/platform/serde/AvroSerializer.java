package org.casebridge.platform.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.IncompatibleSchemaException;
import org.casebridge.platform.registry.InvalidSchemaException;
import org.casebridge.platform.registry.SchemaNotFoundException;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.registry.SchemaRegistryException;
import org.casebridge.platform.registry.SubjectNotFoundException;
import org.casebridge.platform.registry.VersionNotFoundException;

/**
 * Writes SpecificRecords and GenericRecords in Confluent's wire format, configured with Confluent's property
 * names ({@code schema.registry.url}, {@code auto.register.schemas}, {@code use.latest.version},
 * {@code key/value.subject.name.strategy}, basic auth). Null stays null, so tombstones pass through.
 * The registry is asked once per (schema, topic); afterwards writing takes no lock and no registry call.
 */
public class AvroSerializer implements Serializer<Object> {

    private SchemaRegistryClient registry;
    private SerdeConfig config = SerdeConfig.DEFAULTS;
    private boolean isKey;
    // Separate because a generic and a specific record may share one schema but need different data models.
    private final ConcurrentMap<Schema, ConcurrentMap<String, Target>> specificTargets = new ConcurrentHashMap<>();
    private final ConcurrentMap<Schema, ConcurrentMap<String, Target>> genericTargets = new ConcurrentHashMap<>();

    /** For Kafka, which instantiates by class name and then calls {@link #configure(Map, boolean)}. */
    public AvroSerializer() {
    }

    /** With a registry client supplied by the caller; {@link #configure(Map, boolean)} then keeps it. */
    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public AvroSerializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
        this(registry);
        configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = SerdeConfig.from(configs, isKey);
        this.isKey = isKey;
        if (registry == null) {
            registry = HttpSchemaRegistryClient.fromProperties(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof IndexedRecord record)) {
            throw new UnwritableRecordException("topic '" + topic + "': expected an Avro SpecificRecord or "
                    + "GenericRecord, got " + data.getClass().getName(), null);
        }
        Target target = target(topic, record);
        FrameBuffer buffer = FrameBuffer.forFrame(target.id);
        try {
            target.writer.write(record, buffer.encoder());
            buffer.encoder().flush();
        } catch (IOException | RuntimeException e) {
            throw new UnwritableRecordException("topic '" + topic + "': cannot write "
                    + record.getSchema().getFullName() + " with schema id " + target.id + ": " + e.getMessage(), e);
        }
        return buffer.toFrame();
    }

    private Target target(String topic, IndexedRecord record) {
        ConcurrentMap<Schema, ConcurrentMap<String, Target>> bySchema =
                record instanceof SpecificRecord ? specificTargets : genericTargets;
        ConcurrentMap<String, Target> byTopic = bySchema.get(record.getSchema());
        Target target = byTopic == null ? null : byTopic.get(topic);
        return target != null ? target : resolve(topic, record, bySchema);
    }

    private Target resolve(String topic, IndexedRecord record,
                           ConcurrentMap<Schema, ConcurrentMap<String, Target>> bySchema) {
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer is not configured: call configure() with "
                    + "schema.registry.url or construct it with a SchemaRegistryClient");
        }
        Schema schema = record.getSchema();
        String subject = config.strategy().subject(topic, isKey, schema);
        Target target;
        try {
            if (config.useLatestVersion()) {
                SchemaRegistryClient.RegisteredSchema latest = registry.latest(subject);
                target = new Target(latest.id(), writer(latest.schema(), record));
            } else {
                int id = config.autoRegister() ? registry.register(subject, schema) : registry.lookUp(subject, schema);
                target = new Target(id, writer(schema, record));
            }
        } catch (SchemaRegistryException e) {
            throw translate(e, topic, subject, schema);
        }
        Target raced = bySchema.computeIfAbsent(schema, s -> new ConcurrentHashMap<>()).putIfAbsent(topic, target);
        return raced != null ? raced : target;
    }

    private static DatumWriter<Object> writer(Schema schema, IndexedRecord record) {
        if (record instanceof SpecificRecord) {
            // The generated class's own model carries its logical type conversions (UUID, Instant, LocalDate).
            return new SpecificDatumWriter<>(schema, SpecificData.getForClass(record.getClass()));
        }
        return new GenericDatumWriter<>(schema, GenericData.get());
    }

    private AvroSerdeException translate(SchemaRegistryException e, String topic, String subject, Schema schema) {
        String what = "topic '" + topic + "', subject '" + subject + "', schema " + schema.getFullName() + ": ";
        if (e instanceof IncompatibleSchemaException) {
            return new IncompatibleSchemaRegistrationException(what + "the registry refused the schema as "
                    + "incompatible: " + e.getMessage(), e);
        }
        if (e instanceof InvalidSchemaException) {
            return new InvalidSchemaRegistrationException(what + "the registry refused the schema as invalid: "
                    + e.getMessage(), e);
        }
        if (e instanceof SubjectNotFoundException || e instanceof VersionNotFoundException
                || e instanceof SchemaNotFoundException) {
            String mode = config.useLatestVersion() ? "use.latest.version=true" : "auto.register.schemas=false";
            return new SchemaNotRegisteredException(what + "not registered and " + mode
                    + ", so the serializer may not register it; register it first: " + e.getMessage(), e);
        }
        return new RegistryCallFailedException(what + e.getMessage(), e);
    }

    /** Where a schema's records go on one topic: the id to write and the writer for the schema behind it. */
    private record Target(int id, DatumWriter<Object> writer) {
    }
}
