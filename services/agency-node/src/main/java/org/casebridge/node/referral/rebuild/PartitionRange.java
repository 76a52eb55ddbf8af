package org.casebridge.node.referral.rebuild;

/**
 * The records of one partition a rebuild replays.
 *
 * @param start the log's first offset when the rebuild started
 * @param end   the offset after its last record then
 */
record PartitionRange(String topic, int partition, long start, long end) {

    long records() {
        return end - start;
    }

    /** Records replayed when the consumer will read {@code next} next. */
    long applied(long next) {
        return Math.max(0, Math.min(next, end) - start);
    }
}
