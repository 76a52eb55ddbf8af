package org.casebridge.platform.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casebridge.platform.security.CallerSecurityProperties.LocalUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Checks a username and password (HTTP Basic) against the configured local users' bcrypt hashes and
 * authenticates the {@link Caller}. Users are validated when the service starts, not at the first login. A login
 * bcrypt accepted is remembered for a short while ({@link RecentLogins}), so that HTTP Basic does not cost a
 * bcrypt check per request.
 */
final class LocalUsersAuthenticationProvider implements AuthenticationProvider {

    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final Map<String, Account> accounts;
    // Compared against for unknown usernames, so that a wrong name costs as much time as a wrong password.
    private final String decoyHash;
    private final RecentLogins recentLogins;

    LocalUsersAuthenticationProvider(List<LocalUser> users, RecentLogins recentLogins) {
        Map<String, Account> byName = new HashMap<>();
        for (LocalUser user : users) {
            Account account = account(user);
            if (byName.put(account.caller().username(), account) != null) {
                throw new InvalidLocalUserException("Local user " + user.username() + " is configured twice");
            }
        }
        this.accounts = Map.copyOf(byName);
        this.decoyHash = encoder.encode("decoy");
        this.recentLogins = recentLogins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        return new CallerAuthentication(recentLogins.login(username, password, () -> check(username, password)));
    }

    /** The bcrypt check; an unknown user costs as much as a wrong password. */
    private Caller check(String username, String password) {
        Account account = accounts.get(username);
        if (account == null) {
            encoder.matches(password, decoyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return account.caller();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Account account(LocalUser user) {
        if (user.username() == null || user.username().isBlank()) {
            throw new InvalidLocalUserException("A local user has no username");
        }
        String hash = user.passwordHash() == null ? "" : user.passwordHash().strip();
        if (hash.startsWith(BCRYPT_PREFIX)) {
            hash = hash.substring(BCRYPT_PREFIX.length());
        }
        if (!BCRYPT_HASH.matcher(hash).matches()) {
            // Plain passwords never belong in configuration: only bcrypt hashes are accepted.
            throw new InvalidLocalUserException("Local user " + user.username()
                    + " needs password-hash as a bcrypt hash ({bcrypt}$2a$10$...), see UserPasswords");
        }
        try {
            return new Account(new Caller(user.username(), user.name(), Units.parse(user.unit()), user.roles()), hash);
        } catch (InvalidUnitException e) {
            throw new InvalidLocalUserException("Local user " + user.username() + ": " + e.getMessage(), e);
        }
    }

    private record Account(Caller caller, String passwordHash) {
    }
}
