package org.casebridge.platform.integrity;

/**
 * A verdict and the case's head after it: the new head when accepted, the unchanged head otherwise.
 *
 * @param verdict the verdict
 * @param head    the head to keep
 */
public record ChainDecision(ChainVerdict verdict, ChainHead head) {

    /** The event stands: the next on the chain, or beside it. */
    public boolean accepted() {
        return verdict == ChainVerdict.ACCEPTED || verdict == ChainVerdict.BESIDE;
    }
}
