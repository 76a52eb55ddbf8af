package org.casebridge.platform.security;

import java.util.Collection;
import java.util.Set;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.rules.unit.UnitIds;
import org.casebridge.rules.visibility.Reader;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The person calling a service, however they authenticated (local user or JWT). A controller gets it with
 * {@code @AuthenticationPrincipal Caller caller}.
 *
 * @param username    login name, unique within the unit's identity provider, e.g. {@code zhang.xiaoming}
 * @param displayName name shown to people, e.g. 张晓明
 * @param unit        the agency unit the person works for and acts in the name of
 * @param roles       what the person may do; unmodifiable
 */
public record Caller(String username, String displayName, AgencyRef unit, Set<Role> roles) implements Reader {

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A caller needs a username");
        }
        if (unit == null) {
            throw new IllegalArgumentException("Caller " + username + " needs a unit");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The unit as {@code TYPE:code}, e.g. {@code FORESTRY:150200}. */
    public String unitId() {
        return UnitIds.idOf(unit);
    }

    Collection<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
