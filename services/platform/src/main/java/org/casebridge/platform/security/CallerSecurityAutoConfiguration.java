package org.casebridge.platform.security;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.casebridge.platform.web.ProblemResponseWriter;
import org.casebridge.platform.web.ProblemWebAutoConfiguration;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The services' security: a stateless filter chain where health, info, metrics scraping and the API docs are open
 * and everything else (the {@code /api/**} of every service first of all) needs an authenticated {@link Caller};
 * HTTP Basic against local bcrypt users by default, bearer JWTs with {@code casebridge.security.mode=jwt}; 401
 * and 403 as problem+json. A service that declares its own {@link SecurityFilterChain} replaces the chain.
 * Runs before Boot's security auto-configurations, so theirs (and the generated default user) back off.
 */
@AutoConfiguration(after = ProblemWebAutoConfiguration.class,
        before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class},
        beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
                + ".OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
@EnableConfigurationProperties(CallerSecurityProperties.class)
public final class CallerSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain casebridgeSecurityFilterChain(HttpSecurity http, ObjectProvider<AuthenticationMethod> methods,
            CallerSecurityProperties properties, ProblemResponseWriter writer) throws Exception {
        AuthenticationMethod method = methods.getIfAvailable();
        if (method == null) {
            throw new IllegalStateException("casebridge.security.mode=" + properties.mode().name().toLowerCase(Locale.ROOT)
                    + " needs spring-boot-starter-security-oauth2-resource-server on the class path");
        }
        AuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(method.challenge(), writer);
        AccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler(writer);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // An error dispatch renders the error of a request that was already authorized or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler));
        method.configure(http, entryPoint, deniedHandler);
        return http.build();
    }

    /**
     * Spring Security observes nothing: by default it wraps each filter of the chain, the authentication and the
     * authorization of every request in observations of their own (timers looked up per filter and request), about
     * a twentieth of a command's CPU for meters nobody reads. The request itself stays observed
     * ({@code http.server.requests}).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    VisibilityPolicy visibilityPolicy() {
        return new VisibilityPolicy();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "casebridge.security.mode", havingValue = "local", matchIfMissing = true)
    static class LocalUsersConfiguration {

        // A bean, so that Boot's UserDetailsServiceAutoConfiguration backs off and creates no generated user.
        @Bean
        LocalUsersAuthenticationProvider localUsersAuthenticationProvider(CallerSecurityProperties properties) {
            return new LocalUsersAuthenticationProvider(properties.users(),
                    new RecentLogins(properties.loginCacheTtl(), properties.loginCacheSize(), Clock.systemUTC()));
        }

        @Bean
        AuthenticationMethod httpBasicAuthentication() {
            return new HttpBasicAuthentication();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "casebridge.security.mode", havingValue = "jwt")
    @ConditionalOnClass(JwtDecoder.class)
    static class JwtConfiguration {

        @Bean
        AuthenticationMethod bearerJwtAuthentication() {
            return new BearerJwtAuthentication();
        }
    }
}
