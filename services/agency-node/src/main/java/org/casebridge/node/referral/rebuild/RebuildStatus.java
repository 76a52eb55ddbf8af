package org.casebridge.node.referral.rebuild;

import java.time.Instant;

/**
 * A rebuild as an operator sees it.
 *
 * @param consumerGroup  the service's consumer group (its application name), whose projection is rebuilt
 * @param state          where it stands
 * @param requestedBy    who asked: a username, or {@code rebuild-on-start}
 * @param startedAt      when, or null for {@link RebuildState#NONE}
 * @param finishedAt     when it was found done or failed, else null
 * @param appliedRecords records of the log replayed so far (of those it held when the rebuild started)
 * @param totalRecords   records the log held when the rebuild started
 * @param failure        why it failed, else null
 */
public record RebuildStatus(String consumerGroup, RebuildState state, String requestedBy, Instant startedAt,
                            Instant finishedAt, long appliedRecords, long totalRecords, String failure) {

    static RebuildStatus none(String group) {
        return new RebuildStatus(group, RebuildState.NONE, null, null, null, 0, 0, null);
    }
}
