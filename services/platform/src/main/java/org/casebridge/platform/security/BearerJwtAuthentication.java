package org.casebridge.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * {@link SecurityMode#JWT}: bearer JWTs, verified by the application's {@code JwtDecoder} (Boot builds it from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) and mapped by {@link CallerJwtConverter}.
 */
final class BearerJwtAuthentication implements AuthenticationMethod {

    @Override
    public AuthenticationEntryPoint challenge() {
        // Sets WWW-Authenticate: Bearer, with error="invalid_token" for a token it refused, and writes no body.
        return new BearerTokenAuthenticationEntryPoint();
    }

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint entryPoint, AccessDeniedHandler deniedHandler)
            throws Exception {
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerJwtConverter()))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(deniedHandler));
    }
}
