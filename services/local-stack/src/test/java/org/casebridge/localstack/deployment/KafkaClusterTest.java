package org.casebridge.localstack.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;

import org.casebridge.contracts.Topic;
import org.junit.jupiter.api.Test;

/** The brokers of docker-compose.yml and what casebridge-init declares on them. */
class KafkaClusterTest {

    private static final String BROKER_CONFIG = "services/deploy/kafka/server.properties";

    private final Map<String, Object> services =
            YamlDocuments.map(YamlDocuments.single(Repository.read("docker-compose.yml")), "services");
    private final String init = Repository.read("services/deploy/init/init.sh");

    @Test
    void runsThreeCombinedBrokersOnTheSharedConfiguration() throws IOException {
        for (String broker : new String[] {"kafka-1", "kafka-2", "kafka-3"}) {
            Map<String, Object> service = YamlDocuments.map(services, broker);

            assertThat(service.get("image")).as(broker).isEqualTo("apache/kafka:4.1.2");
            assertThat(service.get("volumes")).as(broker).asList().contains("./services/deploy/kafka:/opt/casebridge:ro");
            assertThat(ComposeChecker.environment(service)).as(broker)
                    .containsEntry("KAFKA_NODE_ID", broker.substring("kafka-".length()));
        }
        assertThat(brokerConfig()).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
    }

    @Test
    void replicatesThreeTimesRefusesWritesBelowTwoInSyncAndNeverAutoCreatesTopics() throws IOException {
        assertThat(brokerConfig())
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("unclean.leader.election.enable", "false");
    }

    @Test
    void authenticatesWithScramAndAuthorizesWithAdminAsOnlySuperUser() throws IOException {
        assertThat(brokerConfig())
                .containsEntry("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
                .containsEntry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("super.users", "User:admin")
                .containsEntry("allow.everyone.if.no.acl.found", "false");
        assertThat(Repository.read("services/deploy/kafka/start-broker.sh"))
                .contains("--add-scram \"SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]\"");
    }

    @Test
    void declaresEveryCatalogueTopicAndItsDeadLetterTopicWithSixPartitionsOnThreeReplicas() {
        for (Topic topic : Topic.values()) {
            assertThat(init).containsPattern(
                    "for name in [^;]*\\b" + topic.topicName() + " [^;]*" + topic.deadLetterTopicName().replace(".", "\\."));
        }
        assertThat(init).contains("topic \"$name\" --partitions 6")
                .contains("--replication-factor 3 --config min.insync.replicas=2");
    }

    @Test
    void grantsAgenciesReadAndWriteButAuditOnlyRead() {
        assertThat(init).contains("agencies=\"forestry natural-resources police court procuratorate\"")
                .contains("allow \"$agency\" --operation Read --operation Write --topic referrals --topic leads")
                .contains("allow \"$agency\" --operation Write --topic referrals.dlt --topic leads.dlt")
                .contains("allow \"$agency\" --operation Read --resource-pattern-type prefixed --group \"$agency\"")
                .contains("allow audit --operation Read --topic referrals --topic leads --topic referrals.dlt --topic leads.dlt");
        assertThat(init.lines().filter(line -> line.startsWith("allow audit")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("Write"));
    }

    private static Properties brokerConfig() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Repository.read(BROKER_CONFIG)));
        return properties;
    }
}
