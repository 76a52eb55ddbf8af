package org.casebridge.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.localstack.PortCheck.PortInUseException;
import org.casebridge.localstack.broker.BrokerProbe;
import org.casebridge.localstack.broker.TopicSetup;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.datadir.LauncherLock;
import org.casebridge.localstack.demo.DemoSeeder;
import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.registry.RegistryServer;
import org.casebridge.localstack.service.ServiceLauncher;
import org.casebridge.localstack.users.DemoUsers;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real stack on free ports in a temporary data directory: broker, registry and the six services' jars
 * packaged earlier in the same build. Started, checked, stopped, and started again on the same data.
 */
class LocalStackIT {

    private static final int PARTITIONS = 3;
    /** Test JVM's working directory is the module; the services' jars are in their modules' target. */
    private static final StackLayout LAYOUT = StackLayout.of(Path.of("..", ".."));

    @TempDir
    Path dataDir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryPartStopsWithoutLeftoversAndKeepsSchemaIdsAcrossARestart() throws Exception {
        StackPorts ports = freePorts();
        StackOptions options = new StackOptions(Command.UP, dataDir, false, PARTITIONS, ports, true);
        LAYOUT.requireBuilt();

        Map<String, Integer> firstIds;
        List<ProcessHandle> firstChildren;
        try (LocalStack stack = LocalStack.start(options, LAYOUT, System.out)) {
            firstChildren = processTrees(stack);
            assertThat(firstChildren).hasSizeGreaterThanOrEqualTo(2 + StackService.values().length);
            assertBrokerHasExactlyTheCatalogueTopics(ports);
            firstIds = subjectIds(ports);
            assertThat(firstIds).containsOnlyKeys(TopicCatalogue.events().stream().map(EventType::subject).toList());
            for (StackService service : StackService.values()) {
                HttpResponse<String> health = get(ServiceLauncher.healthUrl(ports, service));
                assertThat(health.statusCode()).as(service.shortName()).isEqualTo(200);
                assertThat(health.body()).as(service.shortName()).contains("\"status\":\"UP\"");
                assertDemoUserLogsIn(ServiceLauncher.url(ports, service), stack.demoUsers().credentials(service));
            }
            assertDemoSeededOnce(ports, stack.demoUsers());
            assertThat(LauncherLock.running(new DataDir(dataDir))).isEmpty(); // held by this very process
        }
        assertNoneAlive(firstChildren);
        assertThat(dataDir.resolve(LauncherLock.FILE_NAME)).doesNotExist();

        StackOptions withoutDemo = new StackOptions(Command.UP, dataDir, false, PARTITIONS, ports, false);
        try (LocalStack again = LocalStack.start(withoutDemo, LAYOUT, System.out)) {
            firstChildren = processTrees(again);
            assertBrokerHasExactlyTheCatalogueTopics(ports);
            assertThat(subjectIds(ports)).isEqualTo(firstIds);
        }
        assertNoneAlive(firstChildren);
    }

    @Test
    void startsNothingWhenAPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackPorts free = freePorts();
            StackPorts ports = new StackPorts(free.broker(), free.controller(), taken.getLocalPort(), free.services());

            try (LocalStack stack = new LocalStack(new StackOptions(Command.UP, dataDir, false, 1, ports, false), LAYOUT,
                    System.out)) {
                assertThatThrownBy(stack::start).isInstanceOf(PortInUseException.class)
                        .hasMessageContaining("port " + taken.getLocalPort() + " (needed by the schema registry)");
                assertThat(stack.children()).isEmpty();
            }
        }
        assertThat(dataDir.resolve(LauncherLock.FILE_NAME)).doesNotExist();
    }

    private static void assertBrokerHasExactlyTheCatalogueTopics(StackPorts ports) throws Exception {
        try (Admin admin = BrokerProbe.admin(ports.broker())) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            Map<String, Integer> partitions = new LinkedHashMap<>();
            for (TopicDescription topic : admin.describeTopics(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                partitions.put(topic.name(), topic.partitions().size());
            }
            assertThat(partitions).containsOnlyKeys("referrals", "referrals.dlt", "leads", "leads.dlt")
                    .isEqualTo(TopicSetup.wanted(PARTITIONS));
        }
    }

    private static Map<String, Integer> subjectIds(StackPorts ports) {
        HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(RegistryClientConfig.of(RegistryServer.url(ports)));
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (EventType event : TopicCatalogue.events()) {
            ids.put(event.subject(), registry.latest(event.subject()).id());
        }
        return ids;
    }

    /**
     * The demo took the forestry referral to the judgment and the natural-resources one to the penalty, as their
     * senders and the court see them, the Baotou mining referral to its filing on the procuratorate's order, the Baotou lead to its reported filing, merged the Bayannur duplicate into the
     * first report and linked the Chifeng lead to its referral; a second run replays its keys and adds nothing.
     */
    private void assertDemoSeededOnce(StackPorts ports, DemoUsers users) throws IOException, InterruptedException {
        String judged = onlyReferral(ports, StackService.FORESTRY, "zhang.xiaoming", users);
        assertThat(status(ports, StackService.FORESTRY, "zhang.xiaoming", users, judged)).isEqualTo("JUDGED");
        assertThat(status(ports, StackService.COURT, "zheng.hua", users, judged)).isEqualTo("JUDGED");
        String penalised = onlyReferral(ports, StackService.NATURAL_RESOURCES, "liu.yang", users);
        assertThat(status(ports, StackService.NATURAL_RESOURCES, "liu.yang", users, penalised))
                .isEqualTo("PENALTY_IMPOSED");

        String filed = onlyLead(ports, StackService.FORESTRY, "zhang.xiaoming", users);
        JsonNode reported = getAs(ports, StackService.FORESTRY, "zhang.xiaoming", users, "/api/leads/" + filed);
        assertThat(reported.at("/summary/status").asText()).isEqualTo("OUTCOME_REPORTED");
        assertThat(reported.at("/summary/outcome").asText()).isEqualTo("FILED");
        String sandMining = onlyLead(ports, StackService.NATURAL_RESOURCES, "liu.yang", users);
        String duplicate = onlyLead(ports, StackService.FORESTRY, "li.na", users);
        assertThat(getAs(ports, StackService.FORESTRY, "li.na", users, "/api/leads/" + duplicate)
                .at("/summary/mergedInto").asText()).isEqualTo(sandMining);
        JsonNode credited = getAs(ports, StackService.POLICE, "zhou.qiang", users, "/api/leads/" + sandMining);
        assertThat(credited.at("/summary/status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(credited.at("/duplicates/0/leadId").asText()).isEqualTo(duplicate);
        String converted = onlyLead(ports, StackService.FORESTRY, "zhao.lei", users);
        assertThat(getAs(ports, StackService.FORESTRY, "zhao.lei", users, "/api/leads/" + converted)
                .at("/summary/referralId").asText()).startsWith("RF-150421-");

        String ordered = onlyReferral(ports, StackService.NATURAL_RESOURCES, "wang.fang", users);
        assertThat(status(ports, StackService.PROCURATORATE, "zhou.jian", users, ordered)).isEqualTo("FILED");

        assertThat(DemoSeeder.seed(ports, users, System.out)).isEqualTo(8);

        assertThat(onlyReferral(ports, StackService.FORESTRY, "zhang.xiaoming", users)).isEqualTo(judged);
        assertThat(onlyReferral(ports, StackService.NATURAL_RESOURCES, "liu.yang", users)).isEqualTo(penalised);
        assertThat(onlyLead(ports, StackService.FORESTRY, "zhang.xiaoming", users)).isEqualTo(filed);
        assertThat(onlyLead(ports, StackService.FORESTRY, "li.na", users)).isEqualTo(duplicate);
    }

    /** The id of the one lead the user's unit has raised. */
    private String onlyLead(StackPorts ports, StackService service, String username, DemoUsers users)
            throws IOException, InterruptedException {
        JsonNode page = getAs(ports, service, username, users, "/api/leads/sent");
        assertThat(page.path("totalElements").asLong()).as(username + "'s leads").isEqualTo(1);
        return page.path("items").path(0).path("leadId").asText();
    }

    /** The id of the one referral the user's unit has sent. */
    private String onlyReferral(StackPorts ports, StackService service, String username, DemoUsers users)
            throws IOException, InterruptedException {
        JsonNode page = getAs(ports, service, username, users, "/api/referrals");
        assertThat(page.path("totalElements").asLong()).as(username + "'s referrals").isEqualTo(1);
        return page.path("items").path(0).path("referralId").asText();
    }

    private String status(StackPorts ports, StackService service, String username, DemoUsers users, String referralId)
            throws IOException, InterruptedException {
        return getAs(ports, service, username, users, "/api/referrals/" + referralId).at("/summary/status").asText();
    }

    private JsonNode getAs(StackPorts ports, StackService service, String username, DemoUsers users, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ServiceLauncher.url(ports, service)
                + path)).header("Authorization", basic(username + ":" + users.password(username))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " as " + username + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** The first demo user's credentials pass the service's login: an unknown API path is 404 with, 401 without. */
    private void assertDemoUserLogsIn(String serviceUrl, String credentials) throws IOException, InterruptedException {
        String userAndPassword = credentials.split(", ")[0].replace('/', ':');
        String basic = basic(userAndPassword);
        URI probe = URI.create(serviceUrl + "/api/login-probe");

        assertThat(get(probe.toString()).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(probe).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as(serviceUrl).isEqualTo(404);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every process the stack started, with their own children. */
    private static List<ProcessHandle> processTrees(LocalStack stack) {
        List<ProcessHandle> all = new ArrayList<>();
        stack.children().stream().map(ChildProcess::tree).forEach(all::addAll);
        return all;
    }

    private static void assertNoneAlive(List<ProcessHandle> processes) {
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    /** A port for each part, free a moment ago, all held open together so that no two are the same. */
    private static StackPorts freePorts() throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 3 + StackService.values().length; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            Map<StackService, Integer> services = new EnumMap<>(StackService.class);
            for (StackService service : StackService.values()) {
                services.put(service, sockets.get(3 + service.ordinal()).getLocalPort());
            }
            return new StackPorts(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
                    sockets.get(2).getLocalPort(), services);
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
