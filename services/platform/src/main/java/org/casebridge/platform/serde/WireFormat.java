package org.casebridge.platform.serde;

/**
 * Confluent's wire format: magic byte 0, the writer schema's registry id as 4 bytes big-endian, then the Avro
 * binary body. Public for the signing layer, which signs the body from {@link #PAYLOAD_OFFSET} on and resolves
 * the writer schema by {@link #schemaId(byte[])}.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus schema id. */
    public static final int HEADER_LENGTH = 5;
    /** Where the Avro body starts. */
    public static final int PAYLOAD_OFFSET = HEADER_LENGTH;

    private WireFormat() {
    }

    /** Whether the bytes start with a well-formed header (the body is not checked). */
    public static boolean isFrame(byte[] data) {
        return data != null && data.length >= HEADER_LENGTH && data[0] == MAGIC_BYTE;
    }

    /**
     * The writer schema id of a frame.
     *
     * @throws FrameTooShortException  when the frame has fewer than {@value #HEADER_LENGTH} bytes
     * @throws WrongMagicByteException when the first byte is not {@value #MAGIC_BYTE}
     */
    public static int schemaId(byte[] frame) {
        if (frame.length < HEADER_LENGTH) {
            throw new FrameTooShortException("Confluent frame of " + frame.length + " byte(s) is shorter than the "
                    + HEADER_LENGTH + "-byte header (magic byte and schema id)", null);
        }
        if (frame[0] != MAGIC_BYTE) {
            throw new WrongMagicByteException("unknown magic byte 0x" + Integer.toHexString(frame[0] & 0xff)
                    + ", expected 0x00: the record is not in Confluent wire format", null);
        }
        return (frame[1] & 0xff) << 24 | (frame[2] & 0xff) << 16 | (frame[3] & 0xff) << 8 | frame[4] & 0xff;
    }

    /** Length of the Avro body, after checking the header as {@link #schemaId(byte[])} does. */
    public static int payloadLength(byte[] frame) {
        schemaId(frame);
        return frame.length - PAYLOAD_OFFSET;
    }

    /** A frame around an Avro body already encoded. */
    public static byte[] frame(int schemaId, byte[] payload) {
        byte[] frame = new byte[HEADER_LENGTH + payload.length];
        writeHeader(frame, schemaId);
        System.arraycopy(payload, 0, frame, PAYLOAD_OFFSET, payload.length);
        return frame;
    }

    static void writeHeader(byte[] target, int schemaId) {
        target[0] = MAGIC_BYTE;
        target[1] = (byte) (schemaId >>> 24);
        target[2] = (byte) (schemaId >>> 16);
        target[3] = (byte) (schemaId >>> 8);
        target[4] = (byte) schemaId;
    }
}
