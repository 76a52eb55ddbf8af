package org.casebridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time of the local stack's processes, told apart by their working directory (the launcher starts each in
 * its own folder of the data directory: forestry, police, kafka, registry ...), read from Linux's /proc. Two
 * snapshots around a run give each process's CPU per referral: where a referral's cost goes on a shared machine.
 * Elsewhere than Linux the snapshot is empty and nothing is printed.
 */
public final class StackCpu {

    /** USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on every Linux of this project's machines. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, Double> millisByProcess;
    private final double benchmarkMillis;

    private StackCpu(Map<String, Double> millisByProcess, double benchmarkMillis) {
        this.millisByProcess = millisByProcess;
        this.benchmarkMillis = benchmarkMillis;
    }

    public static StackCpu snapshot(Path dataDir) {
        Map<String, Double> millis = new TreeMap<>();
        Path root;
        try {
            root = dataDir.toRealPath();
        } catch (IOException e) {
            return new StackCpu(millis, ownMillis());
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                readProcess(process, root, millis);
            }
        } catch (IOException e) {
            // Not Linux: no figures.
        }
        return new StackCpu(millis, ownMillis());
    }

    private static void readProcess(Path process, Path root, Map<String, Double> millis) {
        try {
            Path cwd = cwdOf(process);
            if (cwd == null || !cwd.startsWith(root) || cwd.equals(root)) {
                return;
            }
            long ticks = ticksOf(Files.readString(process.resolve("stat")));
            millis.merge(root.relativize(cwd).getName(0).toString(), ticks * MILLIS_PER_TICK, Double::sum);
        } catch (IOException | RuntimeException e) {
            // A process that ended or is not ours to read: not part of the figures.
        }
    }

    /** CPU milliseconds of one process of the stack (its folder's name, e.g. {@code procuratorate}) since it started. */
    public double millisOf(String process) {
        return millisByProcess.getOrDefault(process, 0.0);
    }

    /**
     * CPU milliseconds of the threads of one process of the stack whose name starts with {@code threadName} (Linux
     * keeps the first 15 characters of a thread's name); 0 when none is found.
     */
    public static double threadMillis(Path dataDir, String process, String threadName) {
        String shortName = threadName.length() > 15 ? threadName.substring(0, 15) : threadName;
        double millis = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            Path folder = dataDir.toRealPath().resolve(process);
            for (Path pid : processes) {
                if (folder.equals(cwdOf(pid))) {
                    millis += threadsMillis(pid.resolve("task"), shortName);
                }
            }
        } catch (IOException e) {
            // Not Linux, or no such stack: no figure.
        }
        return millis;
    }

    private static double threadsMillis(Path tasks, String shortName) throws IOException {
        double millis = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).strip().startsWith(shortName)) {
                        millis += ticksOf(Files.readString(thread.resolve("stat"))) * MILLIS_PER_TICK;
                    }
                } catch (IOException e) {
                    // A thread that ended meanwhile.
                }
            }
        }
        return millis;
    }

    private static Path cwdOf(Path process) {
        try {
            return Files.readSymbolicLink(process.resolve("cwd"));
        } catch (IOException e) {
            return null;
        }
    }

    /** utime + stime of a /proc stat line: the fields after the command name in parentheses, which may hold spaces. */
    private static long ticksOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static double ownMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e6;
        }
        return 0;
    }

    /** "forestry 2.1, kafka 0.6, ..." ms per referral between {@code before} and this snapshot, or null without figures. */
    public String perReferral(StackCpu before, long referrals) {
        if (millisByProcess.isEmpty() || referrals == 0) {
            return null;
        }
        Map<String, Double> used = new TreeMap<>();
        millisByProcess.forEach((name, millis) -> used.put(name, millis - before.millisByProcess.getOrDefault(name, 0.0)));
        double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
        String each = used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / referrals))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s; stack %.2f; this benchmark's JVM %.2f", each, total / referrals,
                (benchmarkMillis - before.benchmarkMillis) / referrals);
    }
}
