package org.casebridge.bench.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.bench.CoreSpeed;
import org.casebridge.bench.StackCpu;

/**
 * Referral submissions through the forestry service's REST API, as the local stack's demo users, and the time
 * until each referral is visible to the police unit it is addressed to. Closed loop by default ({@code --clients}
 * clients, each sending its next referral when the last one was answered); with {@code --rate} an open loop that
 * starts submissions at that pace whatever the answers take (latency counted from the planned start, so a
 * stalled service shows as latency, not as a slower pace).
 * <p>
 * Visibility is probed apart from the submitters: probe threads ask the police service
 * ({@code GET /api/referrals/{id}} as the addressed police user) first as soon as the submission was answered,
 * then every {@code --probe-interval-ms} (5) until it answers 200. Only every {@code --probe-every}th (10th)
 * referral is probed: probing each one every 5 ms loads the police service with more reads than the submissions
 * cost, and the figures would measure the probes.
 * <p>
 * On Linux it also prints the CPU time each process of the stack spent per referral of the measured phase (see
 * {@link StackCpu}).
 * <pre>java -cp bench/target/benchmarks.jar org.casebridge.bench.rest.RestBenchmark --data-dir .casebridge \
 *     [--base-port 8081] [--referrals 2000] [--clients 8] [--rate 300] [--warmup 200] [--probe-every 10]</pre>
 */
public final class RestBenchmark {

    /** Kundulun District, Baotou: the Baotou forestry bureau refers it to the Kundulun police. */
    private static final String SENDER = "zhang.xiaoming";
    private static final String POLICE = "wang.jianguo";
    private static final Pattern REFERRAL_ID = Pattern.compile("\"referralId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI submitUri;
    private final String policeBase;
    private final String senderLogin;
    private final String policeLogin;
    private final long probeIntervalNanos;
    private final int probeEvery;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Path dataDir;

    private RestBenchmark(Map<String, String> options) throws IOException {
        dataDir = Path.of(required(options, "data-dir"));
        int basePort = Integer.parseInt(options.getOrDefault("base-port", "8081"));
        // The local stack's order: forestry, natural resources, police, court, audit.
        submitUri = URI.create("http://127.0.0.1:" + basePort + "/api/referrals");
        policeBase = "http://127.0.0.1:" + (basePort + 2) + "/api/referrals/";
        Map<String, String> passwords = passwords(dataDir.resolve("demo-users.txt"));
        senderLogin = basic(SENDER, passwords);
        policeLogin = basic(POLICE, passwords);
        probeIntervalNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(options.getOrDefault("probe-interval-ms", "5")));
        probeEvery = Integer.parseInt(options.getOrDefault("probe-every", "10"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        RestBenchmark benchmark = new RestBenchmark(options);
        int referrals = Integer.parseInt(options.getOrDefault("referrals", "2000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        Double rate = options.containsKey("rate") ? Double.valueOf(options.get("rate")) : null;
        int probes = Integer.parseInt(options.getOrDefault("probes", "2"));

        System.out.println(CoreSpeed.line());
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d referrals, %d clients%n", warmup, clients);
            benchmark.execute("warmup", warmup, clients, null, probes);
        }
        String mode = rate == null ? clients + " clients, closed loop" : "open loop at " + rate + " referrals/s, "
                + clients + " clients";
        System.out.printf(Locale.ROOT, "measuring: %d referrals, %s%n", referrals, mode);
        StackCpu before = StackCpu.snapshot(benchmark.dataDir);
        Result result = benchmark.execute("measure", referrals, clients, rate, probes);
        result.print();
        String cpu = StackCpu.snapshot(benchmark.dataDir).perReferral(before, result.accepted());
        if (cpu != null) {
            System.out.println("CPU per referral, ms (until all were visible): " + cpu);
        }
    }

    private Result execute(String phase, int count, int clients, Double rate, int probeThreads) throws InterruptedException {
        Result result = new Result(count);
        DelayQueue<Probe> pending = new DelayQueue<>();
        CountDownLatch visible = new CountDownLatch(count);
        ExecutorService probes = Executors.newFixedThreadPool(probeThreads);
        for (int i = 0; i < probeThreads; i++) {
            probes.execute(() -> probe(pending, result, visible));
        }
        ExecutorService submitters = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        if (rate == null) {
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < clients; c++) {
                submitters.execute(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        submit(phase, i, System.nanoTime(), result, pending, visible);
                    }
                });
            }
        } else {
            // Planned starts at a fixed pace; a submission waits for a free client, and that wait counts.
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger next = new AtomicInteger();
            long periodNanos = Math.round(1e9 / rate);
            CountDownLatch planned = new CountDownLatch(count);
            pacer.scheduleAtFixedRate(() -> {
                long due = System.nanoTime();
                while (true) {
                    int i = next.get();
                    long plannedAt = start + i * periodNanos;
                    if (i >= count || plannedAt > due || !next.compareAndSet(i, i + 1)) {
                        break;
                    }
                    submitters.execute(() -> submit(phase, i, plannedAt, result, pending, visible));
                    planned.countDown();
                }
            }, 0, Math.max(1, periodNanos / 2), TimeUnit.NANOSECONDS);
            planned.await();
            pacer.shutdown();
        }
        submitters.shutdown();
        submitters.awaitTermination(1, TimeUnit.HOURS);
        result.submitSeconds = (System.nanoTime() - start) / 1e9;
        if (!visible.await(60, TimeUnit.SECONDS)) {
            System.out.printf(Locale.ROOT, "  %d referrals not visible to the police within 60 s%n", visible.getCount());
        }
        probes.shutdownNow();
        return result;
    }

    private void submit(String phase, int i, long plannedAt, Result result, DelayQueue<Probe> pending,
                        CountDownLatch visible) {
        HttpRequest request = HttpRequest.newBuilder(submitUri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", senderLogin)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", "bench-" + run + "-" + phase + "-" + i)
                .POST(HttpRequest.BodyPublishers.ofString(body(phase, i), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answered = System.nanoTime();
            result.status(response.statusCode());
            Matcher id = REFERRAL_ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                result.submitted(i, answered - plannedAt);
                if (i % probeEvery == 0) {
                    pending.add(new Probe(i, id.group(1), plannedAt, answered));
                    return;
                }
            }
        } catch (IOException e) {
            result.status(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        visible.countDown();
    }

    private void probe(DelayQueue<Probe> pending, Result result, CountDownLatch visible) {
        while (!Thread.currentThread().isInterrupted()) {
            Probe probe;
            try {
                probe = pending.take();
            } catch (InterruptedException e) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(policeBase + probe.referralId()))
                    .timeout(REQUEST_TIMEOUT).header("Authorization", policeLogin).header("Accept", "application/json")
                    .GET().build();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    result.visible(probe.index(), System.nanoTime() - probe.plannedAt());
                    visible.countDown();
                } else {
                    pending.add(probe.again(System.nanoTime() + probeIntervalNanos));
                }
            } catch (IOException e) {
                pending.add(probe.again(System.nanoTime() + probeIntervalNanos));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A Baotou forestry referral of illegal logging in Kundulun District, numbered per run so that each is a new case. */
    private String body(String phase, int i) {
        return """
                {"type": "THRESHOLD_MET", "handlingCode": "H1", "caseData": {
                  "administrativeCaseNumber": "包昆林立〔2026〕%s-%s-%d号", "cause": "涉嫌盗伐林木",
                  "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐林木，数量较大"},
                  "quantities": {"timberVolumeM3": 12.4, "treeCount": 96},
                  "location": {"divisionCode": "150203", "address": "包头市昆都仑区昆北街道西河村南沟"}},
                 "parties": [{"kind": "PERSON", "name": "测试人", "idNumber": "150203199001010011"}],
                 "documents": [{"type": "TRANSFER_LETTER", "number": "包林移〔2026〕90号", "issuer": "包头市林业和草原局",
                   "issuedOn": "2026-04-01", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                   "uri": "casebridge://forestry/150200/documents/bench"}]}
                """.formatted(run, phase, i);
    }

    private static Map<String, String> passwords(Path demoUsers) throws IOException {
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(demoUsers, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            if (!line.startsWith("#") && fields.length >= 3) {
                passwords.put(fields[1], fields[2]);
            }
        }
        return passwords;
    }

    private static String basic(String username, Map<String, String> passwords) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalArgumentException("no demo user " + username + " in demo-users.txt");
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** A submitted referral not yet seen by the police; due for its next look at {@code dueAt}. */
    private record Probe(int index, String referralId, long plannedAt, long dueAt) implements Delayed {

        Probe again(long nextAt) {
            return new Probe(index, referralId, plannedAt, nextAt);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueAt - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueAt, ((Probe) other).dueAt);
        }
    }

    /** What one phase measured: nanoseconds per referral index (0 when it did not happen). */
    private static final class Result {
        private final long[] submitNanos;
        private final long[] visibleNanos;
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private double submitSeconds;

        Result(int count) {
            submitNanos = new long[count];
            visibleNanos = new long[count];
        }

        void status(int status) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        void submitted(int index, long nanos) {
            submitNanos[index] = nanos;
        }

        void visible(int index, long nanos) {
            visibleNanos[index] = nanos;
        }

        long accepted() {
            return Arrays.stream(submitNanos).filter(n -> n > 0).count();
        }

        void print() {
            long accepted = accepted();
            System.out.printf(Locale.ROOT, "answers: %s (-1: connection failed)%n", new TreeMap<>(statuses));
            System.out.printf(Locale.ROOT, "submissions: %d accepted in %.2f s: %.0f referrals/s%n", accepted,
                    submitSeconds, accepted / submitSeconds);
            System.out.println("submission answered (201), ms:      " + percentiles(submitNanos));
            System.out.println("submission to visible to police, ms: " + percentiles(visibleNanos));
        }

        private static String percentiles(long[] nanos) {
            long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
            if (sorted.length == 0) {
                return "none";
            }
            return String.format(Locale.ROOT, "n=%d p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", sorted.length,
                    at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
