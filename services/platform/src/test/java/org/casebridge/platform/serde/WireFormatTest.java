package org.casebridge.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void writesSchemaIdBigEndianAfterMagicByte() {
        byte[] frame = WireFormat.frame(0x01020304, new byte[] {9, 8});

        assertThat(frame).containsExactly(0, 1, 2, 3, 4, 9, 8);
        assertThat(WireFormat.schemaId(frame)).isEqualTo(0x01020304);
        assertThat(WireFormat.payloadLength(frame)).isEqualTo(2);
    }

    @Test
    void readsIdsAboveSignedByteRange() {
        assertThat(WireFormat.schemaId(WireFormat.frame(0x00ff80fe, new byte[0]))).isEqualTo(0x00ff80fe);
    }
}
