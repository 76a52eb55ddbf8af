package org.casebridge.localstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so that a log of gigabytes costs no more than a small one. */
public final class LogTail {

    private static final int CHUNK = 8192;

    private LogTail() {
    }

    /** At most {@code count} last lines of {@code log}; empty when the file does not exist or is empty. */
    public static List<String> lastLines(Path log, int count) {
        if (count <= 0 || !Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long end = file.length();
            long start = end;
            byte[] tail = new byte[0];
            // Read backwards until the tail holds more line breaks than lines wanted (one may end the file).
            while (start > 0 && newlines(tail) <= count) {
                int size = (int) Math.min(CHUNK, start);
                start -= size;
                byte[] chunk = new byte[size];
                file.seek(start);
                file.readFully(chunk);
                byte[] joined = Arrays.copyOf(chunk, size + tail.length);
                System.arraycopy(tail, 0, joined, size, tail.length);
                tail = joined;
            }
            List<String> lines = new ArrayList<>(new String(tail, StandardCharsets.UTF_8).lines().toList());
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0); // cut in the middle
            }
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    private static int newlines(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }
}
