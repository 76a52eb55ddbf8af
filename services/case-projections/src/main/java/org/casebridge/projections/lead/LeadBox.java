package org.casebridge.projections.lead;

/** Which of a unit's leads a list shows. */
public enum LeadBox {
    /** The leads the unit raised. */
    SENT,
    /** The leads the unit was addressed. */
    RECEIVED
}
