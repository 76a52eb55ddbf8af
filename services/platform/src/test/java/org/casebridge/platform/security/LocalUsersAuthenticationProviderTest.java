package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.casebridge.platform.security.CallerSecurityProperties.LocalUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LocalUsersAuthenticationProviderTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("s3cret");

    @Test
    void authenticatesCallerWithRolesAsAuthorities() {
        LocalUsersAuthenticationProvider provider = provider(user("zhang.xiaoming", "{bcrypt}" + HASH, "FORESTRY:150200"));

        Authentication authentication = provider.authenticate(login("zhang.xiaoming", "s3cret"));

        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(Caller.class, caller -> {
            assertThat(caller.unitId()).isEqualTo("FORESTRY:150200");
            assertThat(caller.displayName()).isEqualTo("张晓明");
        });
        assertThat(authentication.getCredentials()).isNull();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OFFICER");
    }

    @Test
    void acceptsHtpasswdHashWithoutPrefix() {
        // htpasswd -bnBC writes $2y$; Spring's bcrypt reads it.
        String htpasswd = "$2y$" + HASH.substring(4);
        LocalUsersAuthenticationProvider provider = provider(user("zhang.xiaoming", htpasswd, "FORESTRY:150200"));

        assertThat(provider.authenticate(login("zhang.xiaoming", "s3cret")).isAuthenticated()).isTrue();
    }

    @Test
    void refusesWrongPasswordAndUnknownUserAlike() {
        LocalUsersAuthenticationProvider provider = provider(user("zhang.xiaoming", HASH, "FORESTRY:150200"));

        assertThatThrownBy(() -> provider.authenticate(login("zhang.xiaoming", "wrong")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(login("li.si", "s3cret")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
    }

    @Test
    void aRememberedLoginLetsNoOtherPasswordOrUserIn() {
        LocalUsersAuthenticationProvider provider = provider(user("zhang.xiaoming", HASH, "FORESTRY:150200"));
        assertThat(provider.authenticate(login("zhang.xiaoming", "s3cret")).isAuthenticated()).isTrue();

        assertThat(provider.authenticate(login("zhang.xiaoming", "s3cret")).getPrincipal())
                .isInstanceOfSatisfying(Caller.class, caller -> assertThat(caller.username()).isEqualTo("zhang.xiaoming"));
        assertThatThrownBy(() -> provider.authenticate(login("zhang.xiaoming", "s3cret ")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("zhang.xiaoming", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("li.si", "s3cret")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesPlainPasswordInConfiguration() {
        assertThatThrownBy(() -> provider(user("zhang.xiaoming", "{noop}s3cret", "FORESTRY:150200")))
                .isInstanceOf(InvalidLocalUserException.class)
                .hasMessageContaining("zhang.xiaoming").hasMessageContaining("bcrypt");
    }

    @Test
    void refusesMalformedUnit() {
        assertThatThrownBy(() -> provider(user("zhang.xiaoming", HASH, "FORESTRY-150200")))
                .isInstanceOf(InvalidLocalUserException.class)
                .hasMessageContaining("zhang.xiaoming").hasMessageContaining("TYPE:code");
    }

    @Test
    void refusesUserConfiguredTwice() {
        assertThatThrownBy(() -> provider(user("zhang.xiaoming", HASH, "FORESTRY:150200"),
                user("zhang.xiaoming", HASH, "POLICE:150203")))
                .isInstanceOf(InvalidLocalUserException.class)
                .hasMessageContaining("configured twice");
    }

    @Test
    void makesHashesThatVerify() {
        String hash = UserPasswords.hash("s3cret");

        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(provider(user("zhang.xiaoming", hash, "FORESTRY:150200"))
                .authenticate(login("zhang.xiaoming", "s3cret")).isAuthenticated()).isTrue();
    }

    private static LocalUsersAuthenticationProvider provider(LocalUser... users) {
        return new LocalUsersAuthenticationProvider(List.of(users),
                new RecentLogins(Duration.ofMinutes(1), 100, Clock.systemUTC()));
    }

    private static LocalUser user(String username, String hash, String unit) {
        return new LocalUser(username, hash, "张晓明", unit, Set.of(Role.OFFICER));
    }

    private static Authentication login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
