package org.casebridge.rules.visibility;

import org.casebridge.contracts.common.AgencyRef;

/**
 * An officer named on a restricted (H3) case. The unit is part of the name: usernames are only unique within
 * the unit's own service or identity provider.
 */
public record NamedOfficer(AgencyRef unit, String username) {

    public NamedOfficer {
        if (unit == null || username == null || username.isBlank()) {
            throw new IllegalArgumentException("A named officer needs a unit and a username");
        }
    }

    boolean is(Reader reader) {
        return reader.worksFor(unit) && reader.username().equals(username);
    }
}
