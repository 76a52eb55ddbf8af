package org.casebridge.platform.security;

/** How people prove who they are to a service ({@code casebridge.security.mode}). */
public enum SecurityMode {
    /** HTTP Basic against the users of {@code casebridge.security.users}, passwords as bcrypt hashes. */
    LOCAL,
    /** OAuth2 bearer JWTs of the issuer {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    JWT
}
