package org.casebridge.localstack.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.datadir.LauncherLock.StackAlreadyRunningException;
import org.casebridge.localstack.process.Jvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherLockTest {

    @TempDir
    Path temp;

    private Path lockFile() {
        return temp.resolve(LauncherLock.FILE_NAME);
    }

    /** A lock as another launcher, whose PID is {@code pid}, would have written it. */
    private void lockedBy(long pid) throws IOException {
        try (LauncherLock ignored = LauncherLock.acquire(new DataDir(temp), StackPorts.fromBase(20000))) {
            String own = Files.readString(lockFile());
            Files.writeString(lockFile().resolveSibling("other"),
                    own.replace("pid=" + ProcessHandle.current().pid(), "pid=" + pid));
        }
        Files.move(lockFile().resolveSibling("other"), lockFile());
    }

    @Test
    void writesThisProcessAndItsPortsAndRemovesTheFileOnClose() throws IOException {
        try (LauncherLock ignored = LauncherLock.acquire(new DataDir(temp), StackPorts.fromBase(20000))) {
            assertThat(Files.readString(lockFile())).contains("pid=" + ProcessHandle.current().pid())
                    .contains("broker=20007").contains("procuratorate=20004");
        }
        assertThat(lockFile()).doesNotExist();
    }

    @Test
    void refusesWhenALiveLauncherHoldsTheLock() throws IOException {
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        lockedBy(live);

        assertThat(LauncherLock.running(new DataDir(temp))).hasValueSatisfying(running -> {
            assertThat(running.pid()).isEqualTo(live);
            assertThat(running.ports()).isEqualTo(StackPorts.fromBase(20000));
        });
        assertThatThrownBy(() -> LauncherLock.acquire(new DataDir(temp), StackPorts.DEFAULT))
                .isInstanceOf(StackAlreadyRunningException.class)
                .hasMessageContaining("already running").hasMessageContaining("PID " + live)
                .hasMessageContaining("./casebridge stop");
    }

    @Test
    void takesOverTheLockOfALauncherThatNoLongerRuns() throws Exception {
        Process gone = new ProcessBuilder(Jvm.command(List.of(), "-version")).redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        lockedBy(gone.pid());

        assertThat(LauncherLock.running(new DataDir(temp))).isEmpty();
        try (LauncherLock ignored = LauncherLock.acquire(new DataDir(temp), StackPorts.DEFAULT)) {
            assertThat(Files.readString(lockFile())).contains("pid=" + ProcessHandle.current().pid());
        }
    }

    @Test
    void treatsAnUnreadableLockAsStale() throws IOException {
        Files.writeString(lockFile(), "pid=not-a-number\n");

        assertThat(LauncherLock.running(new DataDir(temp))).isEmpty();
    }
}
