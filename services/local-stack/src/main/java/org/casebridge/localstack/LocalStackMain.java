package org.casebridge.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casebridge.localstack.StackOptions.BadArgumentsException;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.process.ChildProcess;

/**
 * {@code ./casebridge up|stop|status}: the launcher of the local stack. The script passes the repository root
 * as the system property {@value #HOME_PROPERTY}.
 */
public final class LocalStackMain {

    public static final String HOME_PROPERTY = "casebridge.home";

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Path.of(System.getProperty(HOME_PROPERTY, ".")), System.out));
    }

    static int run(List<String> args, Path home, PrintStream out) {
        StackOptions options;
        try {
            options = StackOptions.parse(args, home.resolve(".casebridge"));
        } catch (BadArgumentsException | IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(StackOptions.USAGE);
            return 2;
        }
        DataDir dataDir = new DataDir(options.dataDir());
        return switch (options.command()) {
            case UP -> up(options, StackLayout.of(home), out);
            case STOP -> StackControl.stop(dataDir, out);
            case STATUS -> StackControl.status(dataDir, out);
            case HELP -> {
                out.print(StackOptions.USAGE);
                yield 0;
            }
        };
    }

    /** Runs until Ctrl-C, {@code stop}, or a child that dies, which stops everything. */
    private static int up(StackOptions options, StackLayout layout, PrintStream out) {
        LocalStack stack = new LocalStack(options, layout, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "casebridge-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            // Ours are worded for the terminal; anything else is a bug, named by its type.
            out.println(stack.stopping() ? "Stopped while starting."
                    : e instanceof StackException ? e.getMessage() : e.toString());
            stack.close();
            return 1;
        }
        out.println();
        out.println(SummaryTable.render(SummaryTable.HEADER, SummaryTable.rows(options.ports(), stack.demoUsers())));
        out.println();
        out.println("Logs: " + stack.dataDir().logs() + ". Stop with Ctrl-C or ./casebridge stop.");
        Optional<ChildProcess> died = stack.awaitUnexpectedExit();
        if (died.isEmpty()) {
            return 0; // stopping: the shutdown hook finishes the job
        }
        ChildProcess child = died.get();
        int code = child.exitCode().orElse(-1);
        // 128 + n is how a JVM killed by signal n exits: 137 is kill -9, often the kernel's OOM killer.
        out.println(child.name() + " exited unexpectedly with code " + code
                + (code > 128 ? " (killed by signal " + (code - 128) + ")" : "") + "; " + child.logReport());
        out.println("Stopping everything. Fix the cause and run ./casebridge up again.");
        stack.close();
        return 1;
    }
}
