package org.casebridge.rules.visibility;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.rules.unit.UnitIds;

/**
 * Whoever reads a case, as far as visibility goes: an officer of a unit. Services' callers, subscribers and
 * replaying auditors are all judged through this, with the same rules.
 */
public interface Reader {

    /** The agency unit the reader works for. */
    AgencyRef unit();

    /** The reader's login name, unique within the unit. */
    String username();

    /** Whether the reader works for this unit. */
    default boolean worksFor(AgencyRef other) {
        return UnitIds.same(unit(), other);
    }
}
