package org.casebridge.rules.lifecycle;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.rules.unit.UnitIds;

/**
 * A case lifecycle as one table: for each event type, the statuses it is legal in, who may act, its content rule
 * and the state it leads to. Referrals and leads each declare theirs with it, so both judge events the same way
 * and in the same order (status, then actor, then content). Pure once built; build it in a static initialiser.
 *
 * @param <S> the lifecycle's state (immutable)
 * @param <T> the status enum
 */
public final class TransitionTable<S, T extends Enum<T>> {

    private final String caseNoun;
    private final Function<S, T> statusOf;
    private final Map<Class<?>, Row<S, T, ?>> rows = new HashMap<>();

    /**
     * @param caseNoun what a case is called in reasons, e.g. {@code referral}
     * @param statusOf the status of a state
     */
    public TransitionTable(String caseNoun, Function<S, T> statusOf) {
        this.caseNoun = caseNoun;
        this.statusOf = statusOf;
    }

    /** Declares the row of {@code type}: legal in {@code from}, for the units {@code actor} permits. */
    public <E extends SpecificRecord> Row<S, T, E> on(Class<E> type, Set<T> from, Actor<S> actor,
                                                       BiFunction<S, E, S> effect) {
        Row<S, T, E> row = new Row<>(type, EnumSet.copyOf(from), actor, effect);
        rows.put(type, row);
        return row;
    }

    /**
     * Judges one event of an existing case.
     *
     * @throws IllegalArgumentException when the table has no row for the event's type
     */
    public Judgement<S> judge(S state, SpecificRecord event, AgencyRef acting) {
        Row<S, T, ?> row = rows.get(event.getClass());
        if (row == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not a " + caseNoun + " event");
        }
        return row.judge(caseNoun, statusOf.apply(state), state, event, acting);
    }

    /** A unit id for reasons, {@code nobody} for null. */
    public static String unit(AgencyRef ref) {
        return ref == null ? "nobody" : UnitIds.idOf(ref);
    }

    /** Who may act on a step. */
    @FunctionalInterface
    public interface Actor<S> {
        /** Null when {@code acting} may act; otherwise who may, for the reason (e.g. {@code POLICE:150203}). */
        String refuse(S state, SpecificRecord event, AgencyRef acting);
    }

    /** One row of the table. */
    public static final class Row<S, T extends Enum<T>, E extends SpecificRecord> {
        private final Class<E> type;
        private final Set<T> from;
        private final Actor<S> actor;
        private final BiFunction<S, E, S> effect;
        private BiFunction<S, E, String> check = (s, e) -> null;

        private Row(Class<E> type, Set<T> from, Actor<S> actor, BiFunction<S, E, S> effect) {
            this.type = type;
            this.from = from;
            this.actor = actor;
            this.effect = effect;
        }

        /** Adds a content rule: returns the problem, or null when the event is well formed. */
        public Row<S, T, E> check(BiFunction<S, E, String> contentRule) {
            this.check = contentRule;
            return this;
        }

        private Judgement<S> judge(String caseNoun, T status, S state, SpecificRecord record, AgencyRef acting) {
            E event = type.cast(record);
            String name = type.getSimpleName();
            if (!from.contains(status)) {
                return Judgement.refuse(state, Refusal.ILLEGAL_TRANSITION.name(),
                        name + " is not possible while the " + caseNoun + " is " + status);
            }
            String expected = actor.refuse(state, record, acting);
            if (expected != null) {
                return Judgement.refuse(state, Refusal.WRONG_ACTOR.name(),
                        name + " belongs to " + expected + ", not " + unit(acting));
            }
            String problem = check.apply(state, event);
            if (problem != null) {
                return Judgement.refuse(state, Refusal.INVALID_CONTENT.name(), name + ": " + problem);
            }
            return Judgement.accept(effect.apply(state, event));
        }
    }
}
