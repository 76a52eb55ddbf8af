package org.casebridge.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void givesTheLastLinesOfALogLargerThanOneReadChunk() throws IOException {
        Path log = temp.resolve("big.log");
        Files.writeString(log, IntStream.rangeClosed(1, 5000).mapToObj(i -> "line " + i + " of the broker's log")
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 4998 of the broker's log",
                "line 4999 of the broker's log", "line 5000 of the broker's log");
    }

    @Test
    void givesEveryLineOfAShortLog() throws IOException {
        Path log = temp.resolve("short.log");
        Files.writeString(log, "first\nsecond");

        assertThat(LogTail.lastLines(log, 30)).containsExactly("first", "second");
    }

    @Test
    void keepsLinesWholeWhenAChunkStartsInTheMiddleOfOne() throws IOException {
        Path log = temp.resolve("long-lines.log");
        String longLine = "x".repeat(10_000);
        Files.writeString(log, longLine + "\n" + longLine + "\nlast\n");

        assertThat(LogTail.lastLines(log, 2)).containsExactly(longLine, "last");
    }

    @Test
    void givesNothingForAMissingLog() {
        assertThat(LogTail.lastLines(temp.resolve("none.log"), 30)).isEmpty();
    }
}
