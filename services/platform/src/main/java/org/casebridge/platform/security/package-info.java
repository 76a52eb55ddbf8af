/**
 * Who calls a service and what they may do: a stateless filter chain that authenticates every API call, with HTTP
 * Basic against local bcrypt users or with bearer JWTs, as a {@link Caller} (username, unit, roles), the reader the
 * visibility rules judge. 401 and 403 are answered as problem+json; a small tool hashes local users' passwords.
 */
package org.casebridge.platform.security;
