package org.casebridge.localstack.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.process.Jvm;
import org.casebridge.localstack.readiness.StartupWait.ChildDiedException;
import org.casebridge.localstack.readiness.StartupWait.Starting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWaitTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StartupWait wait =
            new StartupWait(Duration.ofSeconds(60), new PrintStream(console, true, StandardCharsets.UTF_8));

    /** A JVM that fails at once, printing why to its log. */
    private ChildProcess failingChild() {
        return ChildProcess.start("doomed", Jvm.command(List.of(), "-no-such-flag"), Map.of(), temp,
                temp.resolve("logs").resolve("doomed.log"));
    }

    @Test
    void reportsAChildThatDiesWhileStartingWithTheEndOfItsLog() {
        ChildProcess child = failingChild();

        assertThatThrownBy(() -> wait.await(List.of(new Starting(child, () -> false)), List.of(child)))
                .isInstanceOf(ChildDiedException.class)
                .hasMessageStartingWith("doomed exited with code 1 while the stack was starting")
                .hasMessageContaining("-no-such-flag")
                .hasMessageContaining("./casebridge up again");
    }

    @Test
    void printsHowLongAChildTookToBeReady() {
        ChildProcess child = failingChild();

        wait.await(List.of(new Starting(child, () -> true)), List.of());

        assertThat(console.toString(StandardCharsets.UTF_8)).containsPattern("doomed +ready in \\d+\\.\\d s");
    }
}
