package org.casebridge.exchange.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;

/** Unit ids as people and tokens write them, {@code TYPE:code}, to and from {@link AgencyRef}. */
final class Units {

    private static final Pattern UNIT_ID = Pattern.compile("([A-Z_]+):(\\d{6})");

    private Units() {
    }

    static AgencyRef parse(String unitId) {
        Matcher matcher = unitId == null ? null : UNIT_ID.matcher(unitId.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidUnitException(unitId);
        }
        AgencyType type = agencyType(matcher.group(1), unitId);
        return AgencyRef.newBuilder().setType(type).setDivisionCode(matcher.group(2)).build();
    }

    static String idOf(AgencyRef unit) {
        return unit.getType().name() + ":" + unit.getDivisionCode();
    }

    /** Same unit, compared field by field: Avro's record equality walks the schema. */
    static boolean same(AgencyRef a, AgencyRef b) {
        return a != null && b != null && a.getType() == b.getType() && a.getDivisionCode().equals(b.getDivisionCode());
    }

    private static AgencyType agencyType(String name, String unitId) {
        try {
            AgencyType type = AgencyType.valueOf(name);
            if (type != AgencyType.UNKNOWN) {
                return type;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below, with the whole id
        }
        throw new InvalidUnitException(unitId);
    }
}
