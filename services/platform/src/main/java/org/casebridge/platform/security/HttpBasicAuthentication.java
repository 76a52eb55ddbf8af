package org.casebridge.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** {@link SecurityMode#LOCAL}: HTTP Basic, checked by {@link LocalUsersAuthenticationProvider}. */
final class HttpBasicAuthentication implements AuthenticationMethod {

    static final String CHALLENGE = "Basic realm=\"CaseBridge\", charset=\"UTF-8\"";

    @Override
    public AuthenticationEntryPoint challenge() {
        return (request, response, failure) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint entryPoint, AccessDeniedHandler deniedHandler)
            throws Exception {
        // The provider bean reaches the chain through the global AuthenticationManager; adding it here too would
        // check a wrong password twice.
        http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
    }
}
