package org.casebridge.rules.unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;

/** Agency unit ids as people, tokens and databases write them, {@code TYPE:code}, to and from {@link AgencyRef}. */
public final class UnitIds {

    private static final Pattern UNIT_ID = Pattern.compile("([A-Z_]+):(\\d{6})");

    private UnitIds() {
    }

    /** The id of the unit of this type serving this division: {@code TYPE:code}. */
    public static String idOf(AgencyType type, String divisionCode) {
        return type.name() + ":" + divisionCode;
    }

    /** The id of the unit an event names, e.g. as its acting agency. */
    public static String idOf(AgencyRef ref) {
        return idOf(ref.getType(), ref.getDivisionCode());
    }

    /**
     * The unit named by an id, {@code TYPE:code}.
     *
     * @throws IllegalArgumentException when the id is not a known agency type and a six-digit code
     */
    public static AgencyRef refOf(String unitId) {
        Matcher matcher = unitId == null ? null : UNIT_ID.matcher(unitId.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'" + unitId + "' is not a unit id of the form TYPE:code, e.g. POLICE:150203");
        }
        AgencyType type;
        try {
            type = AgencyType.valueOf(matcher.group(1));
        } catch (IllegalArgumentException unknown) {
            type = AgencyType.UNKNOWN;
        }
        if (type == AgencyType.UNKNOWN) {
            throw new IllegalArgumentException("'" + unitId + "' names no known agency type");
        }
        return AgencyRef.newBuilder().setType(type).setDivisionCode(matcher.group(2)).build();
    }

    /** Same unit, compared field by field: Avro's record equality walks the schema. */
    public static boolean same(AgencyRef a, AgencyRef b) {
        return a != null && b != null && a.getType() == b.getType() && a.getDivisionCode().equals(b.getDivisionCode());
    }
}
