package org.casebridge.platform.testing;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Three versions of a tiny record {@code org.casebridge.test.Probe} for compatibility tests: under BACKWARD,
 * {@link #WITH_DEFAULT} may follow {@link #V1}, {@link #WITHOUT_DEFAULT} may not.
 */
public final class ProbeSchemas {

    /** Fields: name (string). */
    public static final Schema V1 = probe("{\"name\":\"name\",\"type\":\"string\"}");
    /** Fields: name, count (int, default 0). */
    public static final Schema WITH_DEFAULT =
            probe("{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"count\",\"type\":\"int\",\"default\":0}");
    /** Fields: name, count (int, no default). */
    public static final Schema WITHOUT_DEFAULT =
            probe("{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"count\",\"type\":\"int\"}");

    private ProbeSchemas() {
    }

    /** A record of the schema with the name set, and the count too when the schema has one. */
    public static GenericRecord record(Schema schema, String name, int count) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("name", name);
        if (schema.getField("count") != null) {
            record.put("count", count);
        }
        return record;
    }

    private static Schema probe(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"org.casebridge.test\","
                + "\"fields\":[" + fields + "]}");
    }
}
