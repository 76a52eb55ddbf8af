package org.casebridge.localstack.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.casebridge.contracts.Topic;
import org.casebridge.localstack.StackException;

/** Creates the catalogue's topics and their dead-letter topics; running it again changes nothing. */
public final class TopicSetup {

    private static final short REPLICATION = 1;
    private static final long TIMEOUT_SECONDS = 30;

    private TopicSetup() {
    }

    /**
     * Every topic of the stack with its partition count. Dead-letter topics get as many partitions as their
     * topic because Spring's dead-letter recoverer writes to the same partition number as the original record.
     */
    public static Map<String, Integer> wanted(int partitions) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            topics.put(topic.topicName(), partitions);
            topics.put(topic.deadLetterTopicName(), partitions);
        }
        return topics;
    }

    /**
     * Creates missing topics and adds partitions where a topic has fewer than wanted (never removes any:
     * Kafka cannot).
     *
     * @return what was done, one line per topic changed
     */
    public static List<String> ensure(Admin admin, int partitions) {
        Map<String, Integer> wanted = wanted(partitions);
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> done = new ArrayList<>();
            List<NewTopic> create = new ArrayList<>();
            wanted.forEach((name, count) -> {
                if (!existing.contains(name)) {
                    create.add(new NewTopic(name, count, REPLICATION));
                    done.add("created " + name + " (" + count + " partitions)");
                }
            });
            admin.createTopics(create).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, NewPartitions> grow = new HashMap<>();
            Map<String, TopicDescription> described = admin.describeTopics(
                    wanted.keySet().stream().filter(existing::contains).toList())
                    .allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            described.forEach((name, description) -> {
                int have = description.partitions().size();
                if (have < wanted.get(name)) {
                    grow.put(name, NewPartitions.increaseTo(wanted.get(name)));
                    done.add("grew " + name + " from " + have + " to " + wanted.get(name) + " partitions");
                }
            });
            admin.createPartitions(grow).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return done;
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("cannot create the topics " + wanted.keySet() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating the topics", e);
        }
    }
}
