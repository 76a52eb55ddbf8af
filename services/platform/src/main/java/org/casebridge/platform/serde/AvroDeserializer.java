package org.casebridge.platform.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.casebridge.contracts.TrustedContracts;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.SchemaNotFoundException;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.registry.SchemaRegistryException;

/**
 * Reads Confluent wire format into GenericRecords, or with {@code specific.avro.reader=true} into the generated
 * classes of {@code org.casebridge.contracts}, which it adds to Avro's trusted packages. Null stays null.
 * The registry is asked once per writer schema id; afterwards reading takes no lock and no registry call.
 */
public class AvroDeserializer implements Deserializer<Object> {

    static {
        TrustedContracts.ensureInstalled();
    }

    private static final ThreadLocal<BinaryDecoder> DECODERS =
            ThreadLocal.withInitial(() -> DecoderFactory.get().binaryDecoder(new byte[0], null));

    private SchemaRegistryClient registry;
    private SerdeConfig config = SerdeConfig.DEFAULTS;
    /** By writer schema id; the reader schema follows from it and this instance's configuration. */
    private final ConcurrentMap<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which instantiates by class name and then calls {@link #configure(Map, boolean)}. */
    public AvroDeserializer() {
    }

    /** With a registry client supplied by the caller; {@link #configure(Map, boolean)} then keeps it. */
    public AvroDeserializer(SchemaRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public AvroDeserializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
        this(registry);
        configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = SerdeConfig.from(configs, isKey);
        if (registry == null) {
            registry = HttpSchemaRegistryClient.fromProperties(configs);
        }
        readers.clear();
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = WireFormat.schemaId(data);
        DatumReader<Object> reader = readers.get(id);
        if (reader == null) {
            reader = resolve(topic, id);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.PAYLOAD_OFFSET,
                data.length - WireFormat.PAYLOAD_OFFSET, DECODERS.get());
        Object value;
        boolean consumedAll;
        try {
            value = reader.read(null, decoder);
            consumedAll = decoder.isEnd();
        } catch (IOException | RuntimeException e) {
            throw new CorruptPayloadException("topic '" + topic + "': cannot decode the Avro body of "
                    + (data.length - WireFormat.PAYLOAD_OFFSET) + " byte(s) with writer schema id " + id + ": " + e,
                    e);
        }
        if (!consumedAll) {
            throw new CorruptPayloadException("topic '" + topic + "': bytes left over after decoding the Avro body "
                    + "with writer schema id " + id + ": the frame is corrupt", null);
        }
        return value;
    }

    private DatumReader<Object> resolve(String topic, int id) {
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer is not configured: call configure() with "
                    + "schema.registry.url or construct it with a SchemaRegistryClient");
        }
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaNotFoundException e) {
            throw new UnknownSchemaIdException("topic '" + topic + "': unknown writer schema id " + id + ": "
                    + e.getMessage(), e);
        } catch (SchemaRegistryException e) {
            throw new RegistryCallFailedException("topic '" + topic + "': cannot fetch writer schema id " + id + ": "
                    + e.getMessage(), e);
        }
        DatumReader<Object> reader = config.specificReader()
                ? specificReader(topic, id, writer)
                : new GenericDatumReader<>(writer, writer, GenericData.get());
        DatumReader<Object> raced = readers.putIfAbsent(id, reader);
        return raced != null ? raced : reader;
    }

    private static DatumReader<Object> specificReader(String topic, int id, Schema writer) {
        Class<?> type;
        try {
            type = SpecificData.get().getClass(writer);
        } catch (SecurityException untrusted) {
            throw new MissingGeneratedClassException("topic '" + topic + "': Avro does not trust the class of writer "
                    + "schema id " + id + " (" + writer.getFullName() + "): " + untrusted.getMessage(), untrusted);
        }
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new MissingGeneratedClassException("topic '" + topic + "': specific.avro.reader=true but there is "
                    + "no generated class " + writer.getFullName() + " for writer schema id " + id, null);
        }
        SpecificData model = SpecificData.getForClass(type);
        return new SpecificDatumReader<>(writer, model.getSchema(type), model);
    }
}
