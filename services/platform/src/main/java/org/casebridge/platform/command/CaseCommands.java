package org.casebridge.platform.command;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.platform.command.EventPublisher.PublishFailedException;
import org.casebridge.platform.command.IdempotencyStore.RecordedCommand;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.AppliedVerdict;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.ConflictException;
import org.casebridge.platform.web.IdempotencyKeyReusedException;
import org.casebridge.platform.web.ProblemException;
import org.casebridge.platform.web.UnprocessableException;
import org.casebridge.rules.lifecycle.CaseLifecycle;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.lifecycle.Refusal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command path shared by referrals and leads: one event per command, idempotent per (caller's unit,
 * Idempotency-Key). A command is judged by the case's lifecycle against the service's projection before anything
 * is published (and refused when the catalogue does not let the caller's agency type write the event); then its key
 * and its signed event are recorded together (the outbox), the event is appended, and the command waits, bounded,
 * for its own consumer's verdict (read your own writes). An event the broker did not take is appended later by
 * the outbox relay; the caller is answered 503 with {@code Retry-After} meanwhile.
 *
 * @param <S> the lifecycle's state
 * @param <V> what the projection records for an applied event
 */
public final class CaseCommands<S, V extends AppliedVerdict> {

    private final CommandJournal journal;
    private final BiFunction<Caller, String, StoredCase<S>> visibleCase;
    private final Function<S, HandlingCode> handlingCode;
    private final CaseLifecycle<S> lifecycle;
    private final EventPublisher publisher;
    private final AppliedEvents<V> applied;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration applyTimeout;
    private final Duration retryAfter;

    /**
     * @param visibleCase  the case as the caller may see it, or a {@code NotFoundException}
     * @param handlingCode the handling code of a case's state
     */
    public CaseCommands(CommandJournal journal, BiFunction<Caller, String, StoredCase<S>> visibleCase,
                        Function<S, HandlingCode> handlingCode, CaseLifecycle<S> lifecycle, EventPublisher publisher,
                        AppliedEvents<V> applied, JsonMapper json, Clock clock, CommandProperties bounds) {
        this.journal = journal;
        this.visibleCase = visibleCase;
        this.handlingCode = handlingCode;
        this.lifecycle = lifecycle;
        this.publisher = publisher;
        this.applied = applied;
        this.json = json;
        this.clock = clock;
        this.applyTimeout = bounds.applyTimeout();
        this.retryAfter = bounds.retryAfter();
    }

    /**
     * Opens a new case under {@code caseId} (a retry with the same key answers with the case the first request
     * opened, whatever id this one would have had).
     *
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the case's first event around the meta
     */
    public V open(Caller caller, String idempotencyKey, String command, String caseId, HandlingCode code,
                  Object request, Function<EventMeta, SpecificRecord> event) {
        return execute(caller, idempotencyKey, new Target(command, null, caseId, code), request, event);
    }

    /**
     * Acts on an existing case the caller can see ({@code NotFoundException} otherwise).
     *
     * @param command names the command, so that one key cannot stand for two different commands
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the event around the meta
     */
    public V act(Caller caller, String idempotencyKey, String command, String caseId, Object request,
                 Function<EventMeta, SpecificRecord> event) {
        return execute(caller, idempotencyKey, new Target(command, caseId, caseId, null), request, event);
    }

    private V execute(Caller caller, String key, Target target, Object request,
                      Function<EventMeta, SpecificRecord> eventFactory) {
        String unit = caller.unitId();
        String requestHash = RequestDigest.of(target.command() + '\n' + (target.existing() == null ? "" : target.existing()) + '\n'
                + json.writeValueAsString(request));
        String eventId = UUID.nameUUIDFromBytes((unit + '\n' + key).getBytes(StandardCharsets.UTF_8)).toString();
        Instant now = clock.instant();
        SpecificRecord event;
        try {
            event = judged(caller, target, eventFactory, eventId, now);
        } catch (ProblemException refused) {
            // A retry answers what the key's first request got, whatever the case looks like now: the record is
            // looked for here, when the command would be refused, and at the claim, so that a new command (nearly
            // every one) costs no lookup of its key.
            var recorded = journal.find(unit, key);
            if (recorded.isPresent()) {
                return replay(key, requestHash, recorded.get());
            }
            throw refused;
        }
        RecordedCommand command = new RecordedCommand(requestHash, eventId, target.caseId());
        PendingEvent pending = publisher.prepare(event);
        if (!journal.record(unit, key, command, pending, now)) {
            return replay(key, requestHash, journal.find(unit, key).orElseThrow());
        }
        return outcome(command, applied.publishAndAwait(eventId, () -> append(pending), applyTimeout));
    }

    /**
     * The partition the recorded event was appended to; when the broker could not take it, the event stays in
     * the outbox for the relay and the caller is told to retry later.
     */
    private int append(PendingEvent event) {
        try {
            int partition = publisher.append(event).partition();
            journal.sent(event.eventId());
            return partition;
        } catch (PublishFailedException e) {
            journal.sendFailed(event.eventId(), clock.instant().plus(retryAfter));
            throw new NotAppendedYetException(event.key(), event.eventId(), retryAfter, e);
        }
    }

    /** The command's event, if the catalogue and the case's lifecycle let the caller take it; else a problem. */
    private SpecificRecord judged(Caller caller, Target target, Function<EventMeta, SpecificRecord> eventFactory,
                                  String eventId, Instant now) {
        StoredCase<S> stored = target.existing() == null ? null : visibleCase.apply(caller, target.existing());
        EventMeta meta = EventMeta.newBuilder()
                .setEventId(UUID.fromString(eventId))
                .setCaseId(target.caseId())
                .setSequence(stored == null ? 1 : stored.head().sequence() + 1)
                .setPreviousHash(stored == null ? null : stored.head().hash())
                .setOccurredAt(now)
                .setActingAgency(caller.unit())
                .setOfficer(caller.displayName())
                .setHandlingCode(stored == null ? target.handlingCode() : handlingCode.apply(stored.state()))
                .build();
        SpecificRecord event = eventFactory.apply(meta);
        EventType type = TopicCatalogue.of(event.getClass()).orElseThrow();
        if (!type.writableBy(caller.unit().getType())) {
            // Consumers would dead-letter it unapplied (WRITER_NOT_ALLOWED): refuse it here, with the rule.
            throw refusal(Refusal.WRONG_ACTOR.name(), type.simpleName() + " is not written by a "
                    + caller.unit().getType() + " unit");
        }
        Judgement<S> judgement = lifecycle.judge(stored == null ? null : stored.state(), event, meta);
        if (!judgement.accepted()) {
            throw refusal(judgement.code(), judgement.reason());
        }
        return event;
    }

    /** The outcome of the key's recorded command, waited for (it may be in flight, or applied long ago). */
    private V replay(String key, String requestHash, RecordedCommand recorded) {
        if (!recorded.requestSha256().equals(requestHash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        if (journal.awaitsAppend(recorded.eventId())) {
            throw new NotAppendedYetException(recorded.caseId(), recorded.eventId(), retryAfter, null);
        }
        return outcome(recorded, applied.await(recorded.eventId(), applyTimeout));
    }

    /** The accepted event of the command; not applied in time or refused: thrown. */
    private V outcome(RecordedCommand command, Optional<V> waited) {
        V verdict = waited.orElseThrow(() -> new NotAppliedYetException(command.caseId(), command.eventId()));
        if (!verdict.accepted()) {
            throw refusal(verdict.verdict(), verdict.reason());
        }
        return verdict;
    }

    /**
     * A lifecycle verdict as a problem: broken content rules are 422; a stale view (another writer won: CONFLICT,
     * GAP) and every other refusal are 409 with the lifecycle's code.
     */
    private static ProblemException refusal(String code, String reason) {
        if (code.equals(Refusal.INVALID_CONTENT.name())) {
            return new UnprocessableException(code, reason);
        }
        if (code.equals("GAP") || code.equals("CONFLICT")) {
            return new ConflictException("CONFLICT", "another command changed the case first: " + reason,
                    Map.of("verdict", code));
        }
        return new ConflictException(code, reason);
    }

    /** What a command acts on: an existing case, or (existing null) the one it opens. */
    private record Target(String command, String existing, String caseId, HandlingCode handlingCode) {
    }
}
