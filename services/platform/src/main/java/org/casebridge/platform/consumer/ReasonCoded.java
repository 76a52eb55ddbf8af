package org.casebridge.platform.consumer;

/** A failure that names its reason in a short stable code, used as the dead letter's reason header. */
public interface ReasonCoded {

    /** e.g. {@code FORGED_SIGNATURE}. */
    String reasonCode();

    /** {@code FORGED_SIGNATURE} and the like for integrity rejections, else the exception's simple class name. */
    static String codeOf(Throwable failure) {
        return failure instanceof ReasonCoded coded ? coded.reasonCode() : failure.getClass().getSimpleName();
    }
}
