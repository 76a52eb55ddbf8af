package org.casebridge.node.referral.rebuild;

/** A command arrived while the projection is being rebuilt: answered 503 with the rebuild's progress. */
public final class RebuildRunningException extends RuntimeException {

    private final transient RebuildStatus status;

    RebuildRunningException(RebuildStatus status) {
        super("the referral projection is being rebuilt (" + status.appliedRecords() + " of " + status.totalRecords()
                + " records replayed); commands are taken again once it is done: retry with the same Idempotency-Key");
        this.status = status;
    }

    public RebuildStatus status() {
        return status;
    }
}
