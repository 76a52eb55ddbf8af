package org.casebridge.localstack.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebridge.localstack.datadir.LayoutVersion.IncompatibleDataDirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutVersionTest {

    @TempDir
    Path temp;

    @Test
    void makesAMissingDirectoryIntoADataDirectoryOfTheCurrentLayout() throws IOException {
        DataDir dataDir = new DataDir(temp.resolve("new"));

        LayoutVersion.checkOrCreate(dataDir);

        assertThat(Files.readString(dataDir.root().resolve("VERSION")).strip())
                .isEqualTo(Integer.toString(LayoutVersion.CURRENT));
    }

    @Test
    void acceptsADirectoryOfTheCurrentLayoutAgain() throws IOException {
        DataDir dataDir = new DataDir(temp);
        LayoutVersion.checkOrCreate(dataDir);
        Files.createDirectories(dataDir.keys());

        LayoutVersion.checkOrCreate(dataDir);

        assertThat(dataDir.keys()).isDirectory();
    }

    @Test
    void refusesAnotherLayoutVersionWithTheAdviceToReset() throws IOException {
        Files.writeString(temp.resolve("VERSION"), "0\n");

        assertThatThrownBy(() -> LayoutVersion.checkOrCreate(new DataDir(temp)))
                .isInstanceOf(IncompatibleDataDirException.class)
                .hasMessageContaining("layout version '0'").hasMessageContaining("--reset");
    }

    @Test
    void refusesADirectoryWithFilesButNoVersion() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> LayoutVersion.checkOrCreate(new DataDir(temp)))
                .isInstanceOf(IncompatibleDataDirException.class).hasMessageContaining("no VERSION file");
    }
}
