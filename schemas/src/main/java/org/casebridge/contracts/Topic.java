package org.casebridge.contracts;

/**
 * The topics of the exchange. One topic per conversation gives one total order per case that every
 * consumer and every auditor sees alike; keys are the case id (referral id or lead id) as a UTF-8 string.
 */
public enum Topic {
    /** Every event of a referral's life, whoever writes it; key = referral id. */
    REFERRALS("referrals"),
    /** Every event of a lead's life; key = lead id. */
    LEADS("leads");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    /** The Kafka topic name. */
    public String topicName() {
        return topicName;
    }

    /** Where records that cannot be decoded, verified or applied are parked, with the reason in headers. */
    public String deadLetterTopicName() {
        return topicName + ".dlt";
    }

    /** Keys are case ids, serialized as UTF-8 strings. */
    public Class<String> keyType() {
        return String.class;
    }

    /** The topic with this Kafka name, or an exception naming the known ones. */
    public static Topic ofTopicName(String name) {
        for (Topic topic : values()) {
            if (topic.topicName.equals(name)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("unknown topic '" + name + "'; known: referrals, leads");
    }
}
