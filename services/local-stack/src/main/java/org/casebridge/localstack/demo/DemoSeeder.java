package org.casebridge.localstack.demo;

import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;
import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.users.DemoUsers;

/**
 * {@code --demo}: plays {@link DemoScenario} against the running services through their public REST APIs, as the
 * demo users. Each service learns of another's command only through Kafka, so before a user acts, the seeder
 * waits until that user's service shows the referral or lead as far as the previous step took it.
 */
public final class DemoSeeder {

    /** How long a service may take to see another's event, or to apply a command it answered 503 for. */
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceApi api;
    private final PrintStream out;
    /** The cases played so far, by name. */
    private final Map<String, Played> played = new LinkedHashMap<>();

    private DemoSeeder(ServiceApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /**
     * Seeds every demo referral, then every demo lead; a second run on the same data directory sends the same keys
     * and so creates nothing new.
     *
     * @return how many referrals and leads the demo holds
     * @throws DemoFailedException naming the step and the problem the service answered
     */
    public static int seed(StackPorts ports, DemoUsers users, PrintStream out) {
        out.println("Seeding the demo ...");
        DemoSeeder seeder = new DemoSeeder(new ServiceApi(ports, users), out);
        var referrals = DemoScenario.referrals();
        var leads = DemoScenario.leads();
        referrals.forEach(seeder::play);
        leads.forEach(seeder::play);
        out.println("Demo: " + referrals.size() + " referrals and " + leads.size() + " leads seeded");
        return referrals.size() + leads.size();
    }

    private void play(DemoCase demoCase) {
        if (demoCase.after() != null) {
            Played earlier = played.get(demoCase.after());
            awaitSeen(demoCase.steps().get(0), earlier.demoCase(), earlier.id(), earlier.sequence());
        }
        String caseId = null;
        long sequence = 0;
        for (DemoStep step : demoCase.steps()) {
            if (!step.opens()) {
                awaitSeen(step, demoCase, caseId, sequence);
            }
            JsonNode detail = perform(step, demoCase.path(step, caseId));
            caseId = detail.path("summary").path(demoCase.kind().idField()).asText();
            sequence = lastAccepted(detail);
            out.printf(Locale.ROOT, "  %-24s %-16s %-26s -> %s%n", caseId, step.username(), step.command(),
                    detail.path("summary").path("status").asText());
        }
        played.put(demoCase.name(), new Played(demoCase, caseId, sequence));
    }

    /** Posts the step; a 503 (event not applied yet) is retried with the same key, as the API asks. */
    private JsonNode perform(DemoStep step, String path) {
        String body = withIds(step.body());
        HttpResponse<String> response = repeat(() -> api.post(step, path, body), answer -> answer.statusCode() != 503);
        if (response.statusCode() / 100 != 2) {
            throw failed(step, "POST " + response.uri() + " as " + step.username() + " answered HTTP "
                    + response.statusCode(), response.body());
        }
        return parse(step, response);
    }

    /** The body with each {@code {{referral:<name>}}} replaced by the id of the demo referral of that name. */
    private String withIds(String body) {
        String filled = body;
        for (Played earlier : played.values()) {
            filled = filled.replace("{{referral:" + earlier.demoCase().name() + "}}", earlier.id());
        }
        return filled;
    }

    /** Waits until the acting user's service has applied the case's events up to {@code sequence}. */
    private void awaitSeen(DemoStep step, DemoCase demoCase, String caseId, long sequence) {
        HttpResponse<String> response = repeat(() -> api.get(step.service(), step.username(), demoCase.path(caseId)),
                answer -> {
                    if (answer.statusCode() != 200 && answer.statusCode() != 404) {
                        throw failed(step, "GET " + answer.uri() + " as " + step.username() + " answered HTTP "
                                + answer.statusCode(), answer.body());
                    }
                    return answer.statusCode() == 200 && lastAccepted(parse(step, answer)) >= sequence;
                });
        if (response.statusCode() != 200 || lastAccepted(parse(step, response)) < sequence) {
            throw failed(step, step.service().moduleName() + " did not show " + caseId + " up to event "
                    + sequence + " within " + PROPAGATION.toSeconds() + " s", response.body());
        }
    }

    /**
     * Calls until {@code done} accepts the answer, every {@link #POLL} for at most {@link #PROPAGATION}; the last
     * answer either way. An exception thrown by {@code done} ends it at once.
     */
    private static HttpResponse<String> repeat(Supplier<HttpResponse<String>> call,
                                               Predicate<HttpResponse<String>> done) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            await().atMost(PROPAGATION).pollDelay(Duration.ZERO).pollInterval(POLL).pollInSameThread()
                    .until(() -> done.test(last.updateAndGet(previous -> call.get())));
        } catch (ConditionTimeoutException timedOut) {
            // The caller judges the last answer.
        }
        return last.get();
    }

    private static long lastAccepted(JsonNode detail) {
        long last = 0;
        for (JsonNode item : detail.path("timeline")) {
            if ("ACCEPTED".equals(item.path("verdict").asText())) {
                last = Math.max(last, item.path("sequence").asLong());
            }
        }
        return last;
    }

    private static JsonNode parse(DemoStep step, HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw failed(step, response.uri() + " answered something that is not JSON", response.body());
        }
    }

    private static DemoFailedException failed(DemoStep step, String what, String problem) {
        return new DemoFailedException("Demo step " + step.key() + " failed: " + what + System.lineSeparator()
                + problem);
    }

    /** A case the demo took as far as its last step: its id and the sequence of its last accepted event. */
    private record Played(DemoCase demoCase, String id, long sequence) {
    }
}
