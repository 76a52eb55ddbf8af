package org.casebridge.node.lead.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.rules.unit.UnitIds;

/**
 * Turns a request's recipients into the units a lead is addressed to, from the agency directory, when the lead is
 * raised. The event carries the resolved list (and the division for "every agency of a region"), so consumers and
 * replays never resolve it again against a directory that may have changed since.
 */
final class LeadRecipients {

    /** Who "every agency covering a division" means when the request names no types: the enforcement agencies. */
    private static final Set<AgencyType> ENFORCEMENT =
            EnumSet.of(AgencyType.POLICE, AgencyType.FORESTRY, AgencyType.NATURAL_RESOURCES, AgencyType.ECOLOGY);

    private final AgencyDirectory directory;

    LeadRecipients(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** The addressed units, without the notifier; {@link InvalidFieldException} for what the directory lacks. */
    List<AgencyRef> resolve(RaiseLeadRequest.Recipients recipients, AgencyRef notifier) {
        boolean named = recipients.units() != null && !recipients.units().isEmpty();
        if (named == (recipients.divisionCode() != null)) {
            throw new InvalidFieldException("recipients", "give either units or a divisionCode");
        }
        return named ? units(recipients.units(), notifier) : region(recipients, notifier);
    }

    private List<AgencyRef> units(List<String> ids, AgencyRef notifier) {
        Set<AgencyRef> units = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "recipients.units[" + i + "]";
            AgencyUnit unit = directory.find(id)
                    .orElseThrow(() -> new InvalidFieldException(field, "'" + id + "' is not a unit of the agency directory"));
            AgencyRef ref = UnitIds.refOf(unit.id());
            if (ref.equals(notifier)) {
                throw new InvalidFieldException(field, "a unit does not notify itself");
            }
            units.add(ref);
        }
        return List.copyOf(units);
    }

    private List<AgencyRef> region(RaiseLeadRequest.Recipients recipients, AgencyRef notifier) {
        String division = recipients.divisionCode();
        if (!directory.isKnownDivision(division)) {
            throw new InvalidFieldException("recipients.divisionCode", "division " + division
                    + " is not in the agency directory");
        }
        Set<AgencyType> types = recipients.agencyTypes() == null || recipients.agencyTypes().isEmpty() ? ENFORCEMENT
                : EnumSet.copyOf(recipients.agencyTypes());
        List<AgencyRef> units = new ArrayList<>();
        for (AgencyType type : types) {
            directory.competentUnit(type, division).map(unit -> UnitIds.refOf(unit.id()))
                    .filter(ref -> !ref.equals(notifier)).ifPresent(units::add);
        }
        if (units.isEmpty()) {
            throw new InvalidFieldException("recipients.agencyTypes", "no other agency of " + types + " covers division "
                    + division);
        }
        return units;
    }
}
