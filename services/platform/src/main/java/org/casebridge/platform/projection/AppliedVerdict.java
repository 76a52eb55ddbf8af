package org.casebridge.platform.projection;

/** What a projection recorded for an event, as far as the command that published it needs to know. */
public interface AppliedVerdict {

    String ACCEPTED = "ACCEPTED";

    /** The case the event belongs to. */
    String caseId();

    /** {@value #ACCEPTED}, a chain verdict ({@code CONFLICT}, {@code GAP}) or a lifecycle code. */
    String verdict();

    /** Why it was refused; null when accepted. */
    String reason();

    default boolean accepted() {
        return ACCEPTED.equals(verdict());
    }
}
