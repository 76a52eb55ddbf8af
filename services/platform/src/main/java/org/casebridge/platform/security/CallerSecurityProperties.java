package org.casebridge.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call a service ({@code casebridge.security.*}).
 *
 * @param mode  {@code local} (default) or {@code jwt}
 * @param users the local users, used in {@code local} mode; none by default, so nobody gets in until configured
 * @param loginCacheTtl how long a local user's successful login is remembered, so that the next requests with the
 *                      same credentials skip bcrypt (0 checks every request); a cache per process only
 * @param loginCacheSize at most this many logins are remembered
 */
@ConfigurationProperties("casebridge.security")
public record CallerSecurityProperties(@DefaultValue("local") SecurityMode mode, List<LocalUser> users,
                                       @DefaultValue("60s") Duration loginCacheTtl,
                                       @DefaultValue("10000") int loginCacheSize) {

    public CallerSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One local user.
     *
     * @param username     login name
     * @param passwordHash bcrypt hash, with or without the {@code {bcrypt}} prefix; never a password
     * @param name         display name, e.g. 张晓明
     * @param unit         {@code TYPE:code}, e.g. {@code FORESTRY:150200}
     * @param roles        what the user may do
     */
    public record LocalUser(String username, String passwordHash, String name, String unit, Set<Role> roles) {

        public LocalUser {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
