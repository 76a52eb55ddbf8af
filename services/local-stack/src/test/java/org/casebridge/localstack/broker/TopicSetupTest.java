package org.casebridge.localstack.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class TopicSetupTest {

    @Test
    void wantsEveryCatalogueTopicAndItsDeadLetterTopicWithTheSamePartitions() {
        assertThat(TopicSetup.wanted(4)).containsExactly(
                entry("referrals", 4),
                entry("referrals.dlt", 4),
                entry("leads", 4),
                entry("leads.dlt", 4));
    }
}
