package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class CallerJwtConverterTest {

    private final CallerJwtConverter converter = new CallerJwtConverter();

    @Test
    void fallsBackToSubjectWhenNoPreferredUsername() {
        Caller caller = (Caller) converter.convert(jwt(Map.of("sub", "c3f1", "unit", "COURT:150203",
                "roles", List.of("AUDITOR")))).getPrincipal();

        assertThat(caller.username()).isEqualTo("c3f1");
        assertThat(caller.displayName()).isEqualTo("c3f1");
        assertThat(caller.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void readsRolesGivenAsOneString() {
        Caller caller = (Caller) converter.convert(jwt(Map.of("sub", "c3f1", "unit", "COURT:150203",
                "roles", "ADMIN"))).getPrincipal();

        assertThat(caller.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void refusesUnitOfUnknownAgencyType() {
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "c3f1", "unit", "ARMY:150203"))))
                .isInstanceOfSatisfying(InvalidBearerTokenException.class, refused ->
                        assertThat(refused.getError().getDescription())
                                .contains("'unit'").contains("ARMY:150203"));
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.EPOCH);
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
