package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.casebridge.platform.web.Problems;
import org.casebridge.platform.web.WebApiTest;
import org.junit.jupiter.api.Test;

class LocalUsersTest extends WebApiTest {

    @Test
    void identifiesCallerByBasicCredentials() throws Exception {
        HttpResponse<String> response = send(asOfficer("/api/test/me"));

        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext caller = JsonPath.parse(response.body());
        assertThat(caller.read("$.username", String.class)).isEqualTo(OFFICER);
        assertThat(caller.read("$.displayName", String.class)).isEqualTo("张晓明");
        assertThat(caller.read("$.unit", String.class)).isEqualTo("FORESTRY:150200");
        List<String> roles = caller.read("$.roles");
        assertThat(roles).containsExactly("APPROVER", "OFFICER");
    }

    @Test
    void challengesAnonymousCallerWithBasic() throws Exception {
        HttpResponse<String> response = send(request("/api/test/me"));

        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(HttpBasicAuthentication.CHALLENGE);
        problem(request("/api/test/me"), 401, Problems.UNAUTHENTICATED);
    }

    @Test
    void refusesWrongPassword() throws Exception {
        problem(request("/api/test/me").header("Authorization", basic(OFFICER, "wrong")), 401,
                Problems.UNAUTHENTICATED);
    }

    @Test
    void refusesUnknownUser() throws Exception {
        problem(request("/api/test/me").header("Authorization", basic("li.si", PASSWORD)), 401,
                Problems.UNAUTHENTICATED);
    }

    @Test
    void forbidsCallerWithoutTheRole() throws Exception {
        problem(asOfficer("/api/test/admin"), 403, Problems.FORBIDDEN);
    }

    @Test
    void requiresAuthenticationOutsideTheApiToo() throws Exception {
        problem(request("/internal/anything"), 401, Problems.UNAUTHENTICATED);
    }

    @Test
    void keepsHealthOpenWithoutCredentials() throws Exception {
        HttpResponse<String> response = send(request("/actuator/health/liveness"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(response.body()).read("$.status", String.class)).isEqualTo("UP");
    }

    @Test
    void keepsNoSession() throws Exception {
        HttpResponse<String> response = send(asOfficer("/api/test/me"));

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
