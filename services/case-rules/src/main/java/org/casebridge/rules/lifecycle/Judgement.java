package org.casebridge.rules.lifecycle;

/**
 * A lifecycle's verdict on one event of a case: the state after it, or why it was refused (the state is then
 * unchanged). Deterministic: every consumer and every replay reaches the same judgement for the same history.
 *
 * @param state  the case after the event when accepted; the unchanged state (or null) when refused
 * @param code   null when accepted; otherwise a stable code, e.g. {@code ILLEGAL_TRANSITION} or {@code UNKNOWN_LEAD}
 * @param reason a sentence for people, null when accepted
 * @param <S>    the lifecycle's state
 */
public record Judgement<S>(S state, String code, String reason) {

    public static <S> Judgement<S> accept(S state) {
        return new Judgement<>(state, null, null);
    }

    public static <S> Judgement<S> refuse(S unchanged, String code, String reason) {
        return new Judgement<>(unchanged, code, reason);
    }

    public boolean accepted() {
        return code == null;
    }
}
