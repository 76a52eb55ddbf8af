package org.casebridge.node.referral.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.web.ConflictException;
import org.casebridge.projections.referral.ReferralProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the service's referral projection from the log: empties it and lets the service's own consumer replay
 * {@code referrals} from the first record, the same path live events take, so the rebuilt state is the live one.
 * <p>
 * Steps: claim the rebuild in the database (one at a time, whatever instance asks; every instance then refuses
 * commands), stop this instance's listener, make sure no other instance of the service consumes, move the group's
 * committed offsets back to the log's start, then in one transaction empty the projection and store, per partition,
 * the log's first offset as the next to read (the listener seeks there on assignment) and the log's end as the
 * target; start the listener again. The rebuild is done when the stored (or committed) offsets reach the targets,
 * which any instance finds out when asked for the status or given a command.
 * <p>
 * Several instances: they share the database and the consumer group. Emptying the tables under a consumer of
 * another instance would let it keep reading from its position in memory and apply later events to an empty
 * projection (wrong verdicts, lost referrals), so the rebuild is refused ({@code REFUSED}, 409) while any other
 * member consumes: scale to one instance (or stop the others), rebuild, scale back. Instances that join during the
 * replay are safe: they seek to the stored offsets and share the replay by partition.
 */
public final class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final String group;
    private final RebuildStore store;
    private final ConsumedLog consumed;
    private final MessageListenerContainer container;
    private final ReferralProjection projection;
    private final OffsetStore offsets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProjectionRebuild(String group, RebuildStore store, ConsumedLog consumed, MessageListenerContainer container,
                      ReferralProjection projection, OffsetStore offsets, TransactionTemplate transactions, Clock clock) {
        this.group = group;
        this.store = store;
        this.consumed = consumed;
        this.container = container;
        this.projection = projection;
        this.offsets = offsets;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts a rebuild and returns once the replay has begun (RUNNING); the replay goes on in the listener.
     *
     * @throws ConflictException {@code REBUILD_RUNNING} when one runs already, {@code OTHER_INSTANCES_CONSUMING}
     *                           when other instances of the service consume (nothing was changed)
     */
    public synchronized RebuildStatus start(String requestedBy) {
        if (!store.claim(group, requestedBy, clock.instant())) {
            throw new ConflictException("REBUILD_RUNNING", "a rebuild of " + group + " is running already",
                    Map.of("rebuild", status()));
        }
        log.info("Rebuilding the referral projection of {} (asked by {})", group, requestedBy);
        try {
            container.stop();
            int others = consumed.members();
            if (others > 0) {
                String reason = others + " other consumer(s) of group " + group + " are running: stop the other"
                        + " instances of the service, then rebuild";
                store.end(group, RebuildState.REFUSED, clock.instant(), reason);
                throw new ConflictException("OTHER_INSTANCES_CONSUMING", reason, Map.of("consumers", others));
            }
            List<PartitionRange> ranges = consumed.ranges();
            // Before anything is emptied: this fails when a consumer joined meanwhile, and then nothing changed.
            consumed.rewind(ranges);
            transactions.executeWithoutResult(status -> {
                projection.clear();
                offsets.clear(group);
                ranges.forEach(range -> offsets.save(group, range.topic(), range.partition(), range.start()));
                store.replaceTargets(group, ranges);
            });
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            store.end(group, RebuildState.FAILED, clock.instant(), e.getMessage());
            throw e;
        } finally {
            container.start();
        }
        return status();
    }

    /** The last rebuild of this service's projection; a running one is marked DONE here once caught up. */
    public RebuildStatus status() {
        RebuildStore.Row row = store.find(group).orElse(null);
        if (row == null) {
            return RebuildStatus.none(group);
        }
        List<PartitionRange> targets = store.targets(group);
        long total = targets.stream().mapToLong(PartitionRange::records).sum();
        long applied = row.state() == RebuildState.RUNNING ? applied(targets)
                : row.state() == RebuildState.DONE ? total : 0;
        if (row.state() == RebuildState.RUNNING && !targets.isEmpty() && applied == total) {
            Instant now = clock.instant();
            store.end(group, RebuildState.DONE, now, null);
            log.info("Referral projection of {} rebuilt: {} records replayed", group, total);
            return new RebuildStatus(group, RebuildState.DONE, row.requestedBy(), row.startedAt(), now, total, total,
                    null);
        }
        return new RebuildStatus(group, row.state(), row.requestedBy(), row.startedAt(), row.finishedAt(), applied,
                total, row.failure());
    }

    /** Commands wait for the rebuild: their checks would read a projection that is still being replayed. */
    public void refuseCommandsWhileRunning() {
        if (store.running(group)) {
            RebuildStatus status = status();
            if (status.state() == RebuildState.RUNNING) {
                throw new RebuildRunningException(status);
            }
        }
    }

    /**
     * Records replayed: per partition, the stored offset (what the projection holds) or, when further, Kafka's
     * committed offset (it also passes records sent to the dead-letter topic, which store nothing).
     */
    private long applied(List<PartitionRange> targets) {
        Map<Integer, Long> stored = offsets.nextOffsets(group, targets.isEmpty() ? "" : targets.get(0).topic());
        long applied = targets.stream()
                .mapToLong(range -> range.applied(stored.getOrDefault(range.partition(), range.start()))).sum();
        if (applied == targets.stream().mapToLong(PartitionRange::records).sum()) {
            return applied;
        }
        Map<Integer, Long> committed = consumed.committed();
        return targets.stream().mapToLong(range -> range.applied(Math.max(
                stored.getOrDefault(range.partition(), range.start()),
                committed.getOrDefault(range.partition(), range.start())))).sum();
    }
}
