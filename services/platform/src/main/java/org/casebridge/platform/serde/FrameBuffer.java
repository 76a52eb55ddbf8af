package org.casebridge.platform.serde;

import java.io.OutputStream;
import java.util.Arrays;

import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A per-thread growable byte array and the encoder writing into it, so that serializing a record allocates
 * only the returned frame.
 */
final class FrameBuffer extends OutputStream {

    private static final int INITIAL_SIZE = 4096;
    /** A buffer grown past this by one huge record is dropped, so it does not pin memory per thread. */
    private static final int RETAINED_LIMIT = 1 << 20;
    private static final ThreadLocal<FrameBuffer> PER_THREAD = ThreadLocal.withInitial(FrameBuffer::new);

    private byte[] bytes = new byte[INITIAL_SIZE];
    private int count;
    private final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(this, null);

    private FrameBuffer() {
    }

    /** This thread's buffer, emptied and with room for the header. */
    static FrameBuffer forFrame(int schemaId) {
        FrameBuffer buffer = PER_THREAD.get();
        if (buffer.bytes.length > RETAINED_LIMIT) {
            buffer.bytes = new byte[INITIAL_SIZE];
        }
        WireFormat.writeHeader(buffer.bytes, schemaId);
        buffer.count = WireFormat.HEADER_LENGTH;
        return buffer;
    }

    BinaryEncoder encoder() {
        return encoder;
    }

    byte[] toFrame() {
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(source, offset, bytes, count, length);
        count += length;
    }

    private void ensureRoom(int extra) {
        if (count + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + extra));
        }
    }
}
