package org.casebridge.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class SampleEventsTest {

    @Test
    void referralSubmittedEncodesToAboutTwoKilobytes() throws IOException {
        ReferralSubmitted event = SampleEvents.referralSubmitted();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);

        new SpecificDatumWriter<>(ReferralSubmitted.class).write(event, encoder);
        encoder.flush();

        assertThat(out.size()).isBetween(1_700, 2_400);
    }

    @Test
    void derivesIdentityFromTheCaseId() {
        assertThat(SampleEvents.referralSubmitted("RF-1")).isEqualTo(SampleEvents.referralSubmitted("RF-1"));
        assertThat(SampleEvents.referralSubmitted("RF-1").getMeta().getEventId())
                .isNotEqualTo(SampleEvents.referralSubmitted("RF-2").getMeta().getEventId());
    }
}
