package org.casebridge.contracts;

import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyType;

/**
 * One kind of event: its generated class, the topic it travels on and the agency types allowed to write it.
 *
 * @param recordClass the generated Avro class
 * @param topic       the topic every event of this type is written to
 * @param writers     agency types whose units may sign and publish it
 * @param chained     whether the event takes the next place in its case's hash chain; an event beside the chain
 *                    (the legal clock's warnings and breaches) carries sequence 0, no previous hash, and leaves
 *                    the head where it was, so that it never makes an officer's command conflict
 */
public record EventType(Class<? extends SpecificRecord> recordClass, Topic topic, Set<AgencyType> writers,
                        boolean chained) {

    public EventType {
        writers = Set.copyOf(writers);
    }

    /** The schema the generated class was built from. */
    public Schema schema() {
        return SpecificData.get().getSchema(recordClass);
    }

    /** Full Avro name, e.g. {@code org.casebridge.contracts.referral.ReferralSubmitted}. */
    public String fullName() {
        return schema().getFullName();
    }

    /** Short name, e.g. {@code ReferralSubmitted}. */
    public String simpleName() {
        return recordClass.getSimpleName();
    }

    /** Registry subject under Confluent's TopicRecordNameStrategy: {@code <topic>-<full record name>}. */
    public String subject() {
        return topic.topicName() + "-" + fullName();
    }

    /** Whether a unit of this agency type may write the event. */
    public boolean writableBy(AgencyType agencyType) {
        return writers.contains(agencyType);
    }
}
