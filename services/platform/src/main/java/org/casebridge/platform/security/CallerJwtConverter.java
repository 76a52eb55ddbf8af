package org.casebridge.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Maps a verified JWT to the {@link Caller}: {@code preferred_username} (else {@code sub}) is the username,
 * {@code name} the display name, {@code unit} the unit as {@code TYPE:code}, {@code roles} a list of role names.
 * A token without a well-formed unit is refused (401); role names this platform does not know are ignored, since an
 * identity provider commonly carries roles of other applications in the same claim.
 */
final class CallerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String UNIT = "unit";
    static final String ROLES = "roles";
    static final String NAME = "name";
    static final String PREFERRED_USERNAME = "preferred_username";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim(PREFERRED_USERNAME) ? jwt.getClaimAsString(PREFERRED_USERNAME) : jwt.getSubject();
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("Token names no user: neither preferred_username nor sub");
        }
        try {
            return new CallerAuthentication(new Caller(username, jwt.getClaimAsString(NAME),
                    Units.parse(jwt.getClaimAsString(UNIT)), roles(jwt)));
        } catch (InvalidUnitException e) {
            throw new InvalidBearerTokenException("Token claim '" + UNIT + "': " + e.getMessage(), e);
        }
    }

    private static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
