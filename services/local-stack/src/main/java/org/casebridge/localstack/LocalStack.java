package org.casebridge.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.admin.Admin;
import org.casebridge.localstack.broker.BrokerProbe;
import org.casebridge.localstack.broker.KafkaBroker;
import org.casebridge.localstack.broker.TopicSetup;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.datadir.LauncherLock;
import org.casebridge.localstack.datadir.LayoutVersion;
import org.casebridge.localstack.demo.DemoFailedException;
import org.casebridge.localstack.demo.DemoSeeder;
import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.readiness.HttpProbe;
import org.casebridge.localstack.readiness.StartupWait;
import org.casebridge.localstack.readiness.StartupWait.Starting;
import org.casebridge.localstack.registry.RegistryServer;
import org.casebridge.localstack.registry.SchemaSetup;
import org.casebridge.localstack.service.ServiceLauncher;
import org.casebridge.localstack.users.DemoUsers;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.directory.PersonalDataKey;

/**
 * The whole local stack: a Kafka broker, Apicurio Registry and every service, each in its own JVM, with the
 * catalogue's topics, schemas and agency keys in place. Started in dependency order, stopped in reverse.
 * Thread-safe: a shutdown hook may {@link #close()} it while it starts.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SERVICES_STOP = Duration.ofSeconds(20);
    private static final Duration REGISTRY_STOP = Duration.ofSeconds(15);
    private static final Duration BROKER_STOP = Duration.ofSeconds(30);

    private final StackOptions options;
    private final StackLayout layout;
    private final PrintStream out;
    private final DataDir dataDir;
    private DemoUsers demoUsers;
    /** In start order (broker, registry, services): stopped stage by stage, last first. */
    private final List<Stage> stages = new ArrayList<>();
    private LauncherLock lock;
    private Admin admin;
    private boolean stopping;

    public LocalStack(StackOptions options, StackLayout layout, PrintStream out) {
        this.options = options;
        this.layout = layout;
        this.out = out;
        this.dataDir = new DataDir(options.dataDir());
    }

    /** Starts a stack and returns it running, or stops what it started and throws. */
    public static LocalStack start(StackOptions options, StackLayout layout, PrintStream out) {
        LocalStack stack = new LocalStack(options, layout, out);
        try {
            stack.start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The demo accounts the services were started with (after {@link #start()}). */
    public DemoUsers demoUsers() {
        return demoUsers;
    }

    /**
     * Starts everything and returns when every part is healthy. On failure the caller must {@link #close()}.
     *
     * @throws StackException with what went wrong and what to do
     */
    public void start() {
        Instant begin = Instant.now();
        StackPorts ports = options.ports();
        layout.requireBuilt();
        prepareDataDir();
        PortCheck.requireFree(ports);
        generateKeys();
        demoUsers = DemoUsers.ensure(dataDir.root());

        out.println("Starting the Kafka broker and the schema registry ...");
        ChildProcess broker = KafkaBroker.start(layout, dataDir, ports);
        stage(BROKER_STOP, List.of(broker));
        ChildProcess registry = RegistryServer.start(layout, dataDir, ports);
        stage(REGISTRY_STOP, List.of(registry));
        Admin brokerAdmin = admin(ports);
        StartupWait wait = new StartupWait(START_TIMEOUT, out);
        wait.await(List.of(new Starting(broker, new BrokerProbe(brokerAdmin)),
                new Starting(registry, new HttpProbe(RegistryServer.healthUrl(ports)))), children());
        TopicSetup.ensure(brokerAdmin, options.partitions()).forEach(line -> out.println("  topics: " + line));
        String registryUrl = RegistryServer.url(ports);
        Map<String, Integer> ids = SchemaSetup.registerAll(registryUrl);
        out.println("  schemas: " + ids.size() + " subjects registered (ids " + ids.values().stream().min(Integer::compare)
                .orElse(0) + ".." + ids.values().stream().max(Integer::compare).orElse(0) + ")");

        out.println("Starting the services ...");
        List<Starting> services = new ArrayList<>();
        try {
            for (StackService service : StackService.values()) {
                ChildProcess child = ServiceLauncher.start(service, layout, dataDir, ports, registryUrl, demoUsers);
                services.add(new Starting(child, new HttpProbe(ServiceLauncher.healthUrl(ports, service))));
            }
        } finally {
            // Also when one fails to start: the ones already running must be stopped with the rest.
            stage(SERVICES_STOP, services.stream().map(Starting::child).toList());
        }
        wait.await(services, children());
        out.printf(Locale.ROOT, "All healthy in %.1f s.%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        if (options.demo()) {
            seedDemo();
        }
    }

    /** A failed demo is reported, not fatal: the stack is healthy and the operator can look into it. */
    private void seedDemo() {
        try {
            DemoSeeder.seed(options.ports(), demoUsers, out);
        } catch (DemoFailedException e) {
            out.println(e.getMessage());
        }
    }

    /** {@code --reset}, the layout check and the lock, in the order that never wipes a running stack's files. */
    private void prepareDataDir() {
        if (options.reset()) {
            LauncherLock.refuseIfRunning(dataDir);
            if (dataDir.wipe()) {
                out.println("Reset: wiped " + dataDir.root()
                        + " (broker data, registry database, agency keys, service data, logs).");
            }
        }
        LayoutVersion.checkOrCreate(dataDir);
        synchronized (this) {
            lock = LauncherLock.acquire(dataDir, options.ports());
        }
        out.println("Data and logs: " + dataDir.root());
    }

    private void generateKeys() {
        List<String> created = AgencyKeys.generateMissing(AgencyDirectory.bundled(), dataDir.keys());
        if (!created.isEmpty()) {
            out.println("  keys: generated " + created.size() + " agency key pairs in " + dataDir.keys());
        }
        if (PersonalDataKey.generateMissing(dataDir.keys())) {
            out.println("  keys: generated the services' personal-data key in " + dataDir.keys());
        }
    }

    /** Records a started stage, or stops it at once when the stack is being stopped meanwhile. */
    private synchronized void stage(Duration grace, List<ChildProcess> children) {
        if (stopping) {
            stop(new Stage(children, Duration.ZERO));
            throw new StackException("stopped while starting");
        }
        if (!children.isEmpty()) {
            stages.add(new Stage(children, grace));
        }
    }

    /** Children started together and stopped together, and how long they may take to stop gracefully. */
    private record Stage(List<ChildProcess> children, Duration grace) {
    }

    private synchronized Admin admin(StackPorts ports) {
        admin = BrokerProbe.admin(ports.broker());
        return admin;
    }

    /** Every child started so far, in start order. */
    public synchronized List<ChildProcess> children() {
        return stages.stream().flatMap(stage -> stage.children().stream()).toList();
    }

    /** Whether {@link #close()} has begun: children exiting now were asked to. */
    public synchronized boolean stopping() {
        return stopping;
    }

    public DataDir dataDir() {
        return dataDir;
    }

    /**
     * Blocks until a child exits on its own. Empty when the stack is being stopped, since then the children
     * exit because they were asked to.
     */
    public Optional<ChildProcess> awaitUnexpectedExit() {
        List<ChildProcess> children = children();
        CompletableFuture.anyOf(children.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new)).join();
        synchronized (this) {
            return stopping ? Optional.empty() : children.stream().filter(child -> !child.isAlive()).findFirst();
        }
    }

    /** Stops every child, services first and the broker last, then frees the data directory. Idempotent. */
    @Override
    public void close() {
        List<Stage> toStop;
        Admin brokerAdmin;
        LauncherLock heldLock;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(stages);
            brokerAdmin = admin;
            heldLock = lock;
        }
        if (brokerAdmin != null) {
            brokerAdmin.close(Duration.ofSeconds(1)); // before the broker goes, or it retries into a closed port
        }
        if (!toStop.isEmpty()) {
            out.println("Stopping ...");
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            stop(toStop.get(i));
        }
        if (heldLock != null) {
            heldLock.close();
        }
        if (!toStop.isEmpty()) {
            out.println("Stopped.");
        }
    }

    /** Asks a whole stage to stop at once, then waits for it; what outlives {@code grace} is killed. */
    private void stop(Stage stage) {
        Instant deadline = Instant.now().plus(stage.grace());
        List<ChildProcess> children = stage.children();
        List<List<ProcessHandle>> trees = children.stream().map(ChildProcess::requestStop).toList();
        for (int i = 0; i < children.size(); i++) {
            if (ChildProcess.awaitOrKill(trees.get(i), deadline)) {
                out.println("  " + children.get(i).name() + " did not stop within " + stage.grace().toSeconds()
                        + " s and was killed");
            } else {
                out.println("  " + children.get(i).name() + " stopped");
            }
        }
    }
}
