package org.casebridge.localstack.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebridge.localstack.StackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

    @TempDir
    Path temp;

    @Test
    void wipesADataDirectoryWithEverythingInIt() throws IOException {
        DataDir dataDir = new DataDir(temp.resolve("stack"));
        LayoutVersion.checkOrCreate(dataDir);
        Files.createDirectories(dataDir.kafka().resolve("data"));
        Files.createDirectories(dataDir.logs());
        Files.writeString(dataDir.log("kafka"), "log");

        assertThat(dataDir.wipe()).isTrue();

        assertThat(dataDir.root()).doesNotExist();
    }

    @Test
    void leavesAloneADirectoryItDidNotMake() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(() -> new DataDir(home).wipe()).isInstanceOf(StackException.class)
                .hasMessageContaining("not a CaseBridge data directory");
        assertThat(home.resolve("thesis.tex")).exists();
    }

    @Test
    void hasNothingToWipeWhenTheDirectoryDoesNotExist() {
        assertThat(new DataDir(temp.resolve("none")).wipe()).isFalse();
    }
}
