package org.casebridge.localstack.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The configuration of the local single-node KRaft broker (broker and controller in one process). */
final class ServerProperties {

    private ServerProperties() {
    }

    /**
     * @param brokerPort     the PLAINTEXT listener for clients
     * @param controllerPort the CONTROLLER listener of the one-voter quorum
     * @param logDirs        where the log segments and the metadata log live
     * @return the content of server.properties, in key order as written
     */
    static Map<String, String> of(int brokerPort, int controllerPort, Path logDirs) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirs.toAbsolutePath().toString());
        // The launcher creates the catalogue's topics; a typo in a service must fail, not create a topic.
        p.put("auto.create.topics.enable", "false");
        // One node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than the production default of 50: quicker first start, less memory.
        p.put("offsets.topic.num.partitions", "10");
        // Six services join their groups within seconds of each other: no point waiting for more.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** As a properties file; values hold no characters that need escaping except on Windows paths. */
    static String render(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }
}
