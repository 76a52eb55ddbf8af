package org.casebridge.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An authenticated {@link Caller}, whichever way they proved who they are; the principal is the caller, so
 * {@code @AuthenticationPrincipal Caller} works in every mode. Holds no credentials.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(caller.authorities());
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
