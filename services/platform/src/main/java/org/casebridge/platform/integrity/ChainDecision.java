package org.casebridge.platform.integrity;

/**
 * A verdict and the case's head after it: the new head when accepted, the unchanged head otherwise.
 *
 * @param verdict the verdict
 * @param head    the head to keep
 */
public record ChainDecision(ChainVerdict verdict, ChainHead head) {

    public boolean accepted() {
        return verdict == ChainVerdict.ACCEPTED;
    }
}
