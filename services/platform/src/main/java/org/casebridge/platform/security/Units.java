package org.casebridge.platform.security;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.rules.unit.UnitIds;

/** Unit ids as people and tokens write them, {@code TYPE:code}, to and from {@link AgencyRef}. */
final class Units {

    private Units() {
    }

    static AgencyRef parse(String unitId) {
        try {
            return UnitIds.refOf(unitId);
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitException(unitId);
        }
    }
}
