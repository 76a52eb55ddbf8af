package org.casebridge.node.referral.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.SignedEvents;
import org.casebridge.platform.web.ConflictException;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.projections.testing.AppliedReferrals;
import org.casebridge.rules.referral.deadline.TrackedDeadline;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The rebuild's steps against the projection database (H2 and PostgreSQL), with the broker's answers given: it
 * empties the projection, replays into the same state, refuses commands until caught up, and changes nothing when
 * other instances consume.
 */
class ProjectionRebuildTest {

    private static final String GROUP = "police-service";
    private static final String CASE = "RF-150203-2026-000777";

    private final SignedEvents events = new SignedEvents();
    private final FakeLog broker = new FakeLog();
    private final FakeContainer container = new FakeContainer();
    private AppliedReferrals applied;
    private ReferralProjection projection;
    private OffsetStore offsets;
    private ProjectionRebuild rebuild;

    private void open(ProjectionDatabase.Kind kind) {
        applied = AppliedReferrals.open(kind, GROUP);
        projection = applied.projection();
        offsets = applied.offsets();
        rebuild = new ProjectionRebuild(GROUP, new RebuildStore(applied.database().jdbc()), broker, container,
                projection, offsets, applied.database().transactions(),
                Clock.fixed(Instant.parse("2026-03-20T00:00:00Z"), ZoneOffset.UTC));
        applied.deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        applied.deliver(events.next(ReceiptSigned.newBuilder().setMeta(SampleEvents.meta(CASE, 0, KUNDULUN_POLICE))
                .setReceiptNumber("包公昆回〔2026〕77号").build()));
        broker.range = new PartitionRange("referrals", 0, 0, applied.size());
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void replaysIntoTheLiveStateAndRefusesCommandsUntilCaughtUp(ProjectionDatabase.Kind kind) {
        open(kind);
        StoredReferral live = projection.find(CASE).orElseThrow();
        List<TimelineEntry> liveTimeline = projection.timeline(CASE);
        List<TrackedDeadline> liveDeadlines = projection.deadlines(CASE);

        RebuildStatus started = rebuild.start("FORESTRY:150200/admin");

        assertThat(started.state()).isEqualTo(RebuildState.RUNNING);
        assertThat(started.totalRecords()).isEqualTo(2);
        assertThat(container.stops).isEqualTo(1);
        assertThat(container.running).isTrue();
        assertThat(broker.rewoundTo).containsExactly(broker.range);
        assertThat(projection.find(CASE)).isEmpty();
        assertThat(offsets.nextOffsets(GROUP, "referrals")).containsExactly(Map.entry(0, 0L));
        assertThatThrownBy(rebuild::refuseCommandsWhileRunning).isInstanceOf(RebuildRunningException.class);
        assertThatThrownBy(() -> rebuild.start("FORESTRY:150200/other")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("running already");

        applied.redeliver(0);
        assertThat(rebuild.status().appliedRecords()).isEqualTo(1);
        applied.redeliver(1);
        RebuildStatus done = rebuild.status();

        assertThat(done.state()).isEqualTo(RebuildState.DONE);
        assertThat(done.appliedRecords()).isEqualTo(2);
        assertThat(done.finishedAt()).isNotNull();
        rebuild.refuseCommandsWhileRunning();
        assertThat(projection.find(CASE).orElseThrow()).isEqualTo(live);
        assertThat(projection.timeline(CASE)).isEqualTo(liveTimeline);
        assertThat(projection.deadlines(CASE)).isEqualTo(liveDeadlines);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void countsRecordsTheConsumerPassedWithoutStoringThem(ProjectionDatabase.Kind kind) {
        open(kind);
        rebuild.start("FORESTRY:150200/admin");
        applied.redeliver(0);

        // The second record went to the dead-letter topic: Kafka's committed offset passed it, the database's did not.
        broker.committed = Map.of(0, 2L);

        assertThat(rebuild.status().state()).isEqualTo(RebuildState.DONE);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void changesNothingWhileOtherInstancesConsume(ProjectionDatabase.Kind kind) {
        open(kind);
        broker.members = 1;

        assertThatThrownBy(() -> rebuild.start("FORESTRY:150200/admin")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("other instances");

        assertThat(projection.find(CASE)).isPresent();
        assertThat(offsets.nextOffsets(GROUP, "referrals")).containsExactly(Map.entry(0, 2L));
        assertThat(broker.rewoundTo).isEmpty();
        assertThat(container.running).isTrue();
        assertThat(rebuild.status().state()).isEqualTo(RebuildState.REFUSED);
        rebuild.refuseCommandsWhileRunning();
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void saysNoneBeforeTheFirstRebuild(ProjectionDatabase.Kind kind) {
        open(kind);

        assertThat(rebuild.status().state()).isEqualTo(RebuildState.NONE);
        rebuild.refuseCommandsWhileRunning();
    }

    /** The broker's answers, as set by the test. */
    private static final class FakeLog extends ConsumedLog {
        private PartitionRange range;
        private int members;
        private Map<Integer, Long> committed = Map.of();
        private final List<PartitionRange> rewoundTo = new ArrayList<>();

        FakeLog() {
            super(Map.of(), "referrals", GROUP, Duration.ofSeconds(1));
        }

        @Override
        int members() {
            return members;
        }

        @Override
        List<PartitionRange> ranges() {
            return List.of(range);
        }

        @Override
        Map<Integer, Long> committed() {
            return committed;
        }

        @Override
        void rewind(Collection<PartitionRange> ranges) {
            rewoundTo.addAll(ranges);
        }
    }

    /** Counts stops; the listener itself is the test's applier. */
    private static final class FakeContainer implements MessageListenerContainer {
        private boolean running = true;
        private int stops;

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            stops++;
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public void setupMessageListener(Object messageListener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Map<MetricName, ? extends Metric>> metrics() {
            return Map.of();
        }
    }
}
