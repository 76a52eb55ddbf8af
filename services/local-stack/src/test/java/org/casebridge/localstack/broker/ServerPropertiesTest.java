package org.casebridge.localstack.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

    private final Map<String, String> properties = ServerProperties.of(19092, 19093, Path.of("data", "kafka"));

    @Test
    void runsOneNodeAsBrokerAndControllerOnTheGivenPorts() {
        assertThat(properties).containsEntry("process.roles", "broker,controller").containsEntry("node.id", "1")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.listener.names", "CONTROLLER");
    }

    @Test
    void keepsOneReplicaOfInternalTopicsAndCreatesNoTopicByItself() {
        assertThat(properties).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void keepsTheLogsInTheGivenDirectoryAsAnAbsolutePath() {
        assertThat(properties.get("log.dirs")).isEqualTo(Path.of("data", "kafka").toAbsolutePath().toString());
    }

    @Test
    void rendersAFileThatJavaPropertiesReadsBack() throws IOException {
        Properties read = new Properties();
        read.load(new StringReader(ServerProperties.render(properties)));

        assertThat(read).hasSize(properties.size());
        properties.forEach((key, value) -> assertThat(read.getProperty(key)).isEqualTo(value));
    }
}
