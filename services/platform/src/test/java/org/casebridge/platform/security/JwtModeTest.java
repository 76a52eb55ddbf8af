package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.casebridge.platform.web.Problems;
import org.casebridge.platform.web.WebApiTest;
import org.casebridge.platform.web.WebTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** JWT mode against a decoder that trusts a test key: no issuer, no network. */
@SpringBootTest(classes = {WebTestApplication.class, JwtModeTest.TrustedIssuer.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:jwt-mode;DB_CLOSE_DELAY=-1",
                "casebridge.referrals.consumer.enabled=false",
                "casebridge.security.mode=jwt"})
class JwtModeTest extends WebApiTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static final Map<String, Object> POLICE_OFFICER = Map.of("sub", "c3f1", "preferred_username", "wang.wu",
            "name", "王五", "unit", "POLICE:150203", "roles", List.of("OFFICER", "INVESTIGATOR", "offline_access"));

    @TestConfiguration(proxyBeanMethods = false)
    static class TrustedIssuer {

        @Bean
        JwtDecoder jwtDecoder() {
            return TOKENS.decoder();
        }
    }

    @Test
    void mapsTokenClaimsToCaller() throws Exception {
        HttpResponse<String> response = send(bearer("/api/test/me", TOKENS.sign(POLICE_OFFICER)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        DocumentContext caller = JsonPath.parse(response.body());
        assertThat(caller.read("$.username", String.class)).isEqualTo("wang.wu");
        assertThat(caller.read("$.displayName", String.class)).isEqualTo("王五");
        assertThat(caller.read("$.unit", String.class)).isEqualTo("POLICE:150203");
        List<String> roles = caller.read("$.roles");
        assertThat(roles).containsExactly("INVESTIGATOR", "OFFICER");
    }

    @Test
    void refusesTokenOfUntrustedIssuer() throws Exception {
        HttpRequest.Builder request = bearer("/api/test/me", TestTokens.signByStranger(POLICE_OFFICER));

        problem(request, 401, Problems.UNAUTHENTICATED);
        assertThat(send(request).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void refusesTokenWithoutAUnit() throws Exception {
        Map<String, Object> claims = Map.of("sub", "c3f1", "roles", List.of("OFFICER"));

        problem(bearer("/api/test/me", TOKENS.sign(claims)), 401, Problems.UNAUTHENTICATED);
    }

    @Test
    void challengesAnonymousCallerWithBearer() throws Exception {
        problem(request("/api/test/me"), 401, Problems.UNAUTHENTICATED);
        assertThat(send(request("/api/test/me")).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").doesNotContain("error="));
    }

    @Test
    void refusesBasicCredentialsInJwtMode() throws Exception {
        problem(asOfficer("/api/test/me"), 401, Problems.UNAUTHENTICATED);
    }

    @Test
    void forbidsTokenWithoutTheRole() throws Exception {
        problem(bearer("/api/test/admin", TOKENS.sign(POLICE_OFFICER)), 403, Problems.FORBIDDEN);
    }

    private HttpRequest.Builder bearer(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }
}
