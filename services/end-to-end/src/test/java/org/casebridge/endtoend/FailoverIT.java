package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.platform.testing.ServiceContexts.officer;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.casebridge.forestry.ForestryApplication;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.platform.testing.ServiceRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Two police-service instances, each its own JVM (the built service jar), in one consumer group on one PostgreSQL
 * database; one is killed with SIGKILL. Every receipt for a referral on the dead instance's partitions is answered
 * through the survivor, once the group has moved them, exactly once per referral. How long that took is printed
 * (docs/benchmarks.md keeps the figures); the test asserts only that it happens.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 4, topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
class FailoverIT {

    private static final String GROUP = "police-service";
    private static final String OFFICER = "li.wei";

    private static ServiceContexts services;
    /** Read once: the embedded broker is found through a thread-local, and Awaitility polls on a thread of its own. */
    private static String brokers;
    private static ConfigurableApplicationContext forestry;
    private static final List<ServiceProcess> police = new ArrayList<>();

    @BeforeAll
    static void start(ApicurioRegistry registry) throws Exception {
        assumeThat(ProjectionDatabase.postgresAvailable()).as("no PostgreSQL at 127.0.0.1:5432 for the two instances")
                .isTrue();
        String database = ProjectionDatabase.freshPostgresSchema();
        brokers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        services = ServiceContexts.on(registry);
        forestry = services.start(ForestryApplication.class, "forestry-failover", "FORESTRY",
                List.of(officer(Agencies.BAOTOU_FORESTRY, "张晓明", "FORESTRY:150200")));
        for (String instance : List.of("police-a", "police-b")) {
            List<String> arguments = new ArrayList<>(ServiceProcess.on(brokers, registry, services.keys(), database));
            arguments.add("--spring.kafka.consumer.client-id=" + instance);
            arguments.addAll(ServiceProcess.officer(OFFICER, "李伟", "POLICE:150203"));
            police.add(ServiceProcess.start("police-service", instance, arguments));
        }
        police.forEach(ServiceProcess::awaitReady);
        // Both in the group, each with partitions of its own.
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            Map<String, Set<Integer>> owners = owners();
            return owners.size() == 2 && owners.values().stream().noneMatch(Set::isEmpty);
        });
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess instance : police) {
            instance.kill();
        }
        ServiceContexts.closeAll(forestry);
    }

    @Test
    void servesTheDeadInstancesReferralsThroughTheSurvivorExactlyOnce() throws Exception {
        Set<Integer> deadPartitions = owners().get("police-a");
        List<String> onDead = new ArrayList<>();
        for (int i = 0; i < 40 && onDead.size() < 3; i++) {
            String id = submitted();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> police.get(1).get("/api/referrals/" + id, OFFICER).statusCode() == 200);
            if (deadPartitions.contains(partitionOf(id))) {
                onDead.add(id);
            }
        }
        assertThat(onDead).as("referrals on police-a's partitions %s", deadPartitions).hasSize(3);

        long killed = System.nanoTime();
        police.get(0).kill();
        Map<String, Long> answeredAfter = new LinkedHashMap<>();
        for (String id : onDead) {
            String key = key();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() ->
                    police.get(1).post("/api/referrals/" + id + "/receipt", OFFICER, key, Steps.RECEIPT)
                            .statusCode() == 200);
            answeredAfter.put(id, Duration.ofNanos(System.nanoTime() - killed).toMillis());
        }

        for (String id : onDead) {
            DocumentContext detail = JsonPath.parse(police.get(1).get("/api/referrals/" + id, OFFICER).body());
            assertThat(detail.read("$.summary.status", String.class)).isEqualTo("RECEIVED");
            assertThat(detail.read("$.timeline[?(@.eventType == 'ReceiptSigned')]", List.class)).hasSize(1);
        }
        System.out.println("FailoverIT: police-a killed; its " + onDead.size() + " referrals (partitions "
                + deadPartitions + ") answered through police-b after " + answeredAfter.values() + " ms");
    }

    private static String submitted() throws IOException, InterruptedException {
        HttpResponse<String> submitted = ServiceRequests.post(forestry, Agencies.BAOTOU_FORESTRY, "/api/referrals", key(),
                referral("150203"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return json(submitted).read("$.summary.referralId");
    }

    /** The partitions of {@code referrals} each instance consumes, by its client id. */
    private static Map<String, Set<Integer>> owners() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            return admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members().stream()
                    .filter(member -> member.clientId().startsWith("police-"))
                    .collect(Collectors.toMap(member -> member.clientId().substring(0, "police-a".length()),
                            FailoverIT::referralPartitions, FailoverIT::union));
        }
    }

    private static Set<Integer> referralPartitions(MemberDescription member) {
        return member.assignment().topicPartitions().stream().filter(p -> p.topic().equals("referrals"))
                .map(TopicPartition::partition).collect(Collectors.toSet());
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Where the producer's default partitioner puts a referral's events: murmur2 of its id, the record key. */
    private static int partitionOf(String referralId) {
        return Utils.toPositive(Utils.murmur2(referralId.getBytes(StandardCharsets.UTF_8))) % 4;
    }
}
