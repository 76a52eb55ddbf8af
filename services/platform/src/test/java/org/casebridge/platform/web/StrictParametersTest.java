package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictParametersTest extends WebApiTest {

    @Test
    void bindsAnEnumParameterByItsExactNameAndAnEmptyOneAsAbsent() throws Exception {
        assertThat(kind("TWO")).isEqualTo("TWO");
        assertThat(kind("")).isEqualTo("none");
    }

    @ParameterizedTest(name = "kind={0}")
    @ValueSource(strings = {"two", "TWO%20", "%20TWO", "%00", "TWO%0A", "%E3%80%80TWO", "THREE", "1"})
    void refusesAnyOtherEnumValueNamingTheParameter(String value) throws Exception {
        assertThat(problem(asOfficer("/api/test/kind?kind=" + value), 400, Problems.MALFORMED_REQUEST)
                .read("$.field", String.class)).isEqualTo("kind");
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(strings = {"%2010", "10%20", "1.5", "ten", "99999999999"})
    void refusesANumberThatIsPaddedOrNotAWholeNumber(String value) throws Exception {
        assertThat(problem(asOfficer("/api/test/quantity?value=" + value), 400, Problems.MALFORMED_REQUEST)
                .read("$.field", String.class)).isEqualTo("value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kind=%C0%AF", "kind=%FF", "kind=%E6%9E", "name=%ED%A0%80", "%C0%AF=TWO"})
    void refusesAQueryThatIsNotWellFormedUtf8(String query) throws Exception {
        assertThat(problem(asOfficer("/api/test/kind?" + query), 400, Problems.MALFORMED_REQUEST)
                .read("$.detail", String.class)).contains("query string");
    }

    /** Escapes the JDK's HTTP client will not send. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kind=%G0", "kind=%", "kind=%4", "kind=%٣٣", "a=1&kind=%zz"})
    void findsAMalformedEscape(String query) {
        assertThat(WellFormedRequestFilter.queryProblem(query)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kind=TWO", "status=A&status=B", "name=%E6%9E%97+%E6%9C%A8", "flag", "a=&b=", "a==b"})
    void passesAWellFormedQuery(String query) {
        assertThat(WellFormedRequestFilter.queryProblem(query)).isNull();
    }

    @Test
    void takesChineseTextInAQuery() throws Exception {
        HttpResponse<String> response = send(asOfficer("/api/test/named?name=%E6%9E%97%E6%9C%A8"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonPath.parse(response.body()).read("$.name", String.class)).isEqualTo("林木");
    }

    private String kind(String value) throws Exception {
        HttpResponse<String> response = send(asOfficer("/api/test/kind?kind=" + value));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body()).read("$.kind", String.class);
    }
}
