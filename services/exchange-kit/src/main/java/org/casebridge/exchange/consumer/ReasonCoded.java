package org.casebridge.exchange.consumer;

/** A failure that names its reason in a short stable code, used as the dead letter's reason header. */
public interface ReasonCoded {

    /** e.g. {@code FORGED_SIGNATURE}. */
    String reasonCode();
}
