package org.casebridge.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.casebridge.localstack.broker.BrokerProbe;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.datadir.LauncherLock;
import org.casebridge.localstack.datadir.LauncherLock.RunningStack;
import org.casebridge.localstack.readiness.HttpProbe;
import org.casebridge.localstack.readiness.ReadinessProbe;
import org.casebridge.localstack.registry.RegistryServer;
import org.casebridge.localstack.service.ServiceLauncher;
import org.casebridge.localstack.users.DemoUsers;

/** {@code stop} and {@code status}: talk to the launcher that runs from a data directory, found by its lock. */
final class StackControl {

    static final int NOT_RUNNING = 3;
    /** The launcher stops services, registry and broker one after the other, each bounded. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(90);

    private StackControl() {
    }

    /** Sends the launcher SIGTERM, as Ctrl-C would, and waits until it has stopped everything. */
    static int stop(DataDir dataDir, PrintStream out) {
        Optional<RunningStack> running = LauncherLock.running(dataDir);
        if (running.isEmpty()) {
            out.println("No CaseBridge stack runs from " + dataDir.root() + "; nothing to stop.");
            return 0;
        }
        ProcessHandle launcher = running.get().launcher();
        out.println("Stopping the stack of launcher PID " + launcher.pid() + " ...");
        launcher.destroy();
        try {
            launcher.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            out.println("Stopped.");
            return 0;
        } catch (TimeoutException | ExecutionException e) {
            out.println("The launcher (PID " + launcher.pid() + ") is still stopping after " + STOP_WAIT.toSeconds()
                    + " s; see " + dataDir.logs() + ".");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Prints the summary table with each part's state; 0 when all are up. */
    static int status(DataDir dataDir, PrintStream out) {
        Optional<RunningStack> running = LauncherLock.running(dataDir);
        if (running.isEmpty()) {
            out.println("No CaseBridge stack runs from " + dataDir.root() + ". Start one with ./casebridge up.");
            return NOT_RUNNING;
        }
        StackPorts ports = running.get().ports();
        out.println("Launcher PID " + running.get().pid() + ", data and logs in " + dataDir.root());
        try (Admin admin = BrokerProbe.admin(ports.broker())) {
            List<ReadinessProbe> probes = probes(ports, admin);
            List<List<String>> rows = SummaryTable.rows(ports, DemoUsers.load(dataDir.root()));
            List<List<String>> withState = new ArrayList<>();
            boolean allUp = true;
            for (int i = 0; i < rows.size(); i++) {
                boolean up = probes.get(i).ready();
                allUp &= up;
                List<String> row = new ArrayList<>(rows.get(i));
                row.add(up ? "UP" : "DOWN");
                withState.add(row);
            }
            List<String> header = new ArrayList<>(SummaryTable.HEADER);
            header.add("state");
            out.println(SummaryTable.render(header, withState));
            return allUp ? 0 : 1;
        }
    }

    /** In the order of {@link SummaryTable#rows}. */
    private static List<ReadinessProbe> probes(StackPorts ports, Admin admin) {
        List<ReadinessProbe> probes = new ArrayList<>();
        probes.add(new BrokerProbe(admin));
        probes.add(new HttpProbe(RegistryServer.healthUrl(ports)));
        for (StackService service : StackService.values()) {
            probes.add(new HttpProbe(ServiceLauncher.healthUrl(ports, service)));
        }
        return probes;
    }
}
