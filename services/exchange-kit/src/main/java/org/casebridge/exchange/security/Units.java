package org.casebridge.exchange.security;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.exchange.directory.AgencyUnit;

/** Unit ids as people and tokens write them, {@code TYPE:code}, to and from {@link AgencyRef}. */
final class Units {

    private Units() {
    }

    static AgencyRef parse(String unitId) {
        try {
            return AgencyUnit.refOf(unitId);
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitException(unitId);
        }
    }

    /** Same unit, compared field by field: Avro's record equality walks the schema. */
    static boolean same(AgencyRef a, AgencyRef b) {
        return a != null && b != null && a.getType() == b.getType() && a.getDivisionCode().equals(b.getDivisionCode());
    }
}
