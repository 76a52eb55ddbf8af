package org.casebridge.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** How the services' filter chain authenticates callers in one {@link SecurityMode}. */
interface AuthenticationMethod {

    /** Sets {@code WWW-Authenticate} for a 401 of this method; writes no body. */
    AuthenticationEntryPoint challenge();

    /** Adds this method's authentication to the chain, answering failures with the given handlers. */
    void configure(HttpSecurity http, AuthenticationEntryPoint entryPoint, AccessDeniedHandler deniedHandler)
            throws Exception;
}
