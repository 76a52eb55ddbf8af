package org.casebridge.exchange.integrity;

/** Confluent's wire frame: magic byte 0, big-endian 4-byte schema id, Avro binary body. */
final class Frames {

    static final int HEADER_LENGTH = 5;
    private static final byte MAGIC = 0;

    private Frames() {
    }

    static boolean isFrame(byte[] data) {
        return data != null && data.length >= HEADER_LENGTH && data[0] == MAGIC;
    }

    static int schemaId(byte[] frame) {
        return (frame[1] & 0xff) << 24 | (frame[2] & 0xff) << 16 | (frame[3] & 0xff) << 8 | frame[4] & 0xff;
    }
}
