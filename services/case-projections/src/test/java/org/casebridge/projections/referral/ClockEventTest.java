package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.projection.EventJson;
import org.casebridge.rules.referral.deadline.ClockEvent;
import org.casebridge.rules.referral.deadline.ReferralDeadlines;
import org.casebridge.rules.testing.RandomEvents;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clocks read the event being applied from its Avro record and the earlier ones from the timeline's JSON text:
 * both must give the same fields, or a live service and a replay would store different clocks.
 */
class ClockEventTest {

    static Stream<EventType> referralEventTypes() {
        return TopicCatalogue.eventsOn(Topic.REFERRALS).stream();
    }

    @ParameterizedTest
    @MethodSource("referralEventTypes")
    void readsTheSameFieldsFromTheRecordAsFromTheStoredText(EventType type) {
        Random random = new Random(type.fullName().hashCode());
        for (int i = 0; i < 40; i++) {
            SpecificRecord event = RandomEvents.of(type, random);
            EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());

            ClockEvent live = ClockEvent.of(event, meta);
            ClockEvent stored = ClockEvent.of(type.simpleName(), meta.getOccurredAt(), meta.getSequence(),
                    EventJson.of(event));

            assertThat(stored).isEqualTo(live);
            assertThat(live.content().keySet()).hasSize(ReferralDeadlines.contentRead(type.simpleName()).size());
        }
    }

    @Test
    void readsTheSubmissionsSenderAndReceiverAsUnitIds() {
        ReferralSubmitted submitted = SampleEvents.referralSubmitted();

        ClockEvent stored = ClockEvent.of("ReferralSubmitted", Instant.EPOCH, 1, submitted.toString());

        assertThat(stored.content()).isEqualTo(Map.of("sender", "FORESTRY:150200", "receiver", "POLICE:150203"));
    }
}
