package org.casebridge.exchange.referral.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.exchange.command.AppliedEvents;
import org.casebridge.exchange.command.EventPublisher;
import org.casebridge.exchange.referral.LifecycleDecision;
import org.casebridge.exchange.referral.ReferralLifecycle;
import org.casebridge.exchange.referral.RejectionCode;
import org.casebridge.exchange.referral.StoredReferral;
import org.casebridge.exchange.referral.TimelineEntry;
import org.casebridge.exchange.referral.command.IdempotencyStore.RecordedCommand;
import org.casebridge.exchange.referral.query.ReferralDetail;
import org.casebridge.exchange.referral.query.ReferralQueries;
import org.casebridge.exchange.security.Caller;
import org.casebridge.exchange.web.ConflictException;
import org.casebridge.exchange.web.IdempotencyKeyReusedException;
import org.casebridge.exchange.web.ProblemException;
import org.casebridge.exchange.web.UnprocessableException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The command path of every agency service: one referral event per command, idempotent per
 * (caller's unit, Idempotency-Key). A command is judged by the lifecycle against the service's projection before
 * anything is published; then its event is appended and the command waits, bounded, for its own consumer's
 * verdict and answers with the referral as it now stands (read your own writes).
 */
public final class ReferralCommands {

    private final IdempotencyStore idempotency;
    private final ReferralQueries queries;
    private final EventPublisher publisher;
    private final AppliedEvents<TimelineEntry> applied;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration applyTimeout;
    private final Runnable admission;

    /**
     * @param admission throws when no command may be taken now (a rebuild of the projection runs: 503)
     */
    ReferralCommands(IdempotencyStore idempotency, ReferralQueries queries, EventPublisher publisher,
                     AppliedEvents<TimelineEntry> applied, JsonMapper json, Clock clock, Duration applyTimeout,
                     Runnable admission) {
        this.idempotency = idempotency;
        this.queries = queries;
        this.publisher = publisher;
        this.applied = applied;
        this.json = json;
        this.clock = clock;
        this.applyTimeout = applyTimeout;
        this.admission = admission;
    }

    /**
     * Submits a new referral under {@code referralId} (a retry with the same key answers the referral the first
     * request created, whatever id this one would have had).
     *
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the ReferralSubmitted around the meta
     */
    public ReferralDetail submit(Caller caller, String idempotencyKey, String referralId, HandlingCode handlingCode,
                                 Object request, Function<EventMeta, SpecificRecord> event) {
        return readBack(caller, execute(caller, idempotencyKey, new Target("submit", null, referralId, handlingCode),
                request, event));
    }

    /**
     * Acts on an existing referral the caller can see ({@code NotFoundException} otherwise).
     *
     * @param command names the command, so that one key cannot stand for two different commands
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the event around the meta
     */
    public ReferralDetail act(Caller caller, String idempotencyKey, String command, String referralId, Object request,
                              Function<EventMeta, SpecificRecord> event) {
        return readBack(caller, execute(caller, idempotencyKey, new Target(command, referralId, referralId, null),
                request, event));
    }

    /**
     * Like {@link #act}, for a command that hands the referral over to another unit (forwarding): the caller's unit
     * may no longer see the referral once it is applied, so the answer is the accepted event, not the referral.
     */
    public TimelineEntry handOver(Caller caller, String idempotencyKey, String command, String referralId,
                                  Object request, Function<EventMeta, SpecificRecord> event) {
        return execute(caller, idempotencyKey, new Target(command, referralId, referralId, null), request, event);
    }

    private TimelineEntry execute(Caller caller, String key, Target target, Object request,
                                  Function<EventMeta, SpecificRecord> eventFactory) {
        admission.run();
        String unit = caller.unitId();
        String requestHash = sha256(target.command() + '\n' + (target.existing() == null ? "" : target.existing()) + '\n'
                + json.writeValueAsString(request));
        var recorded = idempotency.find(unit, key);
        if (recorded.isPresent()) {
            return replay(key, requestHash, recorded.get());
        }
        StoredReferral stored = target.existing() == null ? null : queries.visibleTo(caller, target.existing());
        String eventId = UUID.nameUUIDFromBytes((unit + '\n' + key).getBytes(StandardCharsets.UTF_8)).toString();
        Instant now = clock.instant();
        EventMeta meta = EventMeta.newBuilder()
                .setEventId(UUID.fromString(eventId))
                .setCaseId(target.referralId())
                .setSequence(stored == null ? 1 : stored.head().sequence() + 1)
                .setPreviousHash(stored == null ? null : stored.head().hash())
                .setOccurredAt(now)
                .setActingAgency(caller.unit())
                .setOfficer(caller.displayName())
                .setHandlingCode(stored == null ? target.handlingCode() : stored.state().handlingCode())
                .build();
        SpecificRecord event = eventFactory.apply(meta);
        LifecycleDecision decision = ReferralLifecycle.decide(stored == null ? null : stored.state(), event, meta);
        if (!decision.accepted()) {
            throw refusal(decision.code().name(), decision.reason());
        }
        RecordedCommand command = new RecordedCommand(requestHash, eventId, target.referralId());
        if (!idempotency.claim(unit, key, command, now)) {
            return replay(key, requestHash, idempotency.find(unit, key).orElseThrow());
        }
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            // Not appended (broker down, no key to sign with): a retry with the key must be able to publish.
            idempotency.release(unit, key);
            throw e;
        }
        return outcome(command);
    }

    private TimelineEntry replay(String key, String requestHash, RecordedCommand recorded) {
        if (!recorded.requestSha256().equals(requestHash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return outcome(recorded);
    }

    /** The accepted event of the command, waited for (it may be in flight, or applied long ago); refused: thrown. */
    private TimelineEntry outcome(RecordedCommand command) {
        TimelineEntry verdict = applied.await(command.eventId(), applyTimeout)
                .orElseThrow(() -> new NotAppliedYetException(command.referralId(), command.eventId()));
        if (!verdict.accepted()) {
            throw refusal(verdict.verdict(), verdict.reason());
        }
        return verdict;
    }

    /** The referral as it stands after the command's event (read your own writes). */
    private ReferralDetail readBack(Caller caller, TimelineEntry applied) {
        return queries.get(caller, applied.referralId());
    }

    /**
     * A lifecycle verdict as a problem: broken content rules are 422; a stale view (another writer won: CONFLICT,
     * GAP) and every other refusal are 409 with the lifecycle's code.
     */
    private static ProblemException refusal(String code, String reason) {
        if (code.equals(RejectionCode.INVALID_CONTENT.name())) {
            return new UnprocessableException(code, reason);
        }
        if (code.equals("GAP") || code.equals("CONFLICT")) {
            return new ConflictException("CONFLICT", "another command changed the referral first: " + reason,
                    Map.of("verdict", code));
        }
        return new ConflictException(code, reason);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What a command acts on: an existing referral, or (existing null) the one it submits. */
    private record Target(String command, String existing, String referralId, HandlingCode handlingCode) {
    }
}
