package org.casebridge.node.referral.command;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.rules.unit.UnitIds;

/**
 * Request fields that name a unit of the agency directory (a forwarding target, a supervising procuratorate, the
 * unit of a named officer).
 */
public final class DirectoryFields {

    private DirectoryFields() {
    }

    /**
     * The unit {@code unitId} names, of any type, e.g. {@code FORESTRY:150200}.
     *
     * @throws InvalidFieldException for {@code field} when the directory lists no such unit
     */
    public static AgencyRef unit(AgencyDirectory directory, String field, String unitId) {
        return directory.find(unitId).map(unit -> UnitIds.refOf(unit.id()))
                .orElseThrow(() -> new InvalidFieldException(field, "'" + unitId + "' is not a unit of the agency directory"));
    }

    /**
     * The unit {@code unitId} names, e.g. {@code POLICE:150200}.
     *
     * @throws InvalidFieldException for {@code field} when the directory lists no such unit of {@code type}
     */
    public static AgencyRef unit(AgencyDirectory directory, String field, String unitId, AgencyType type) {
        return directory.find(unitId).filter(unit -> unit.type() == type)
                .map(unit -> UnitIds.refOf(unit.id()))
                .orElseThrow(() -> new InvalidFieldException(field,
                        "'" + unitId + "' is not a " + type + " unit of the agency directory"));
    }
}
