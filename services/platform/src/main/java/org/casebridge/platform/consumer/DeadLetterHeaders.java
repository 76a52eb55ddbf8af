package org.casebridge.platform.consumer;

/**
 * Headers of a dead-letter record. Spring's recoverer adds the original topic, partition, offset and the
 * exception ({@code kafka_dlt-original-topic}, {@code kafka_dlt-original-partition},
 * {@code kafka_dlt-original-offset}, {@code kafka_dlt-exception-message}, ...); CaseBridge adds a short reason
 * an operator or the audit service can group by.
 */
public final class DeadLetterHeaders {

    /** Short reason: the code of the check that failed (e.g. {@code FORGED_SIGNATURE}), else the exception's name. */
    public static final String REASON = "cb-dlt-reason";
    /** One line saying what was wrong with the record. */
    public static final String REASON_TEXT = "cb-dlt-reason-text";
    /** Which consumer group gave up on the record. */
    public static final String GROUP = "cb-dlt-group";

    private DeadLetterHeaders() {
    }
}
