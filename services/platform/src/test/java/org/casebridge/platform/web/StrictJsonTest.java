package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest extends WebApiTest {

    @Test
    void bindsValuesOfTheirOwnTypeUnchanged() throws Exception {
        HttpResponse<String> response = post("""
                {"text":"盗伐林木\\n第二行","count":345,"flag":true,"on":"2026-03-03","at":"2026-03-03T08:00:00Z",
                 "kind":"TWO","amount":12}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        DocumentContext typed = JsonPath.parse(response.body());
        assertThat(typed.read("$.text", String.class)).isEqualTo("盗伐林木\n第二行");
        assertThat(typed.read("$.at", String.class)).isEqualTo("2026-03-03T08:00:00Z");
        assertThat(typed.read("$.count", Integer.class)).isEqualTo(345);
        assertThat(typed.read("$.on", String.class)).isEqualTo("2026-03-03");
        assertThat(typed.read("$.amount", Double.class)).isEqualTo(12.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\":true}            | text",
            "{\"text\":12345}           | text",
            "{\"text\":3.5}             | text",
            "{\"count\":\"345\"}        | count",
            "{\"count\":345.5}          | count",
            "{\"count\":true}           | count",
            "{\"flag\":\"true\"}        | flag",
            "{\"flag\":1}               | flag",
            "{\"on\":20260303}          | on",
            "{\"kind\":\"ONE \"}        | kind",
            "{\"kind\":\" TWO\"}        | kind",
            "{\"kind\":\"one\"}         | kind",
            "{\"kind\":0}               | kind",
            "{\"amount\":\"1.5\"}       | amount",
            "{\"amount\":false}         | amount",
            "{\"unknown\":1}            | unknown",
            "{\"text\":\"a\\u0001b\"}   | text",
            "{\"text\":\"a\\ud800b\"}   | text",
            "{\"on\":\"1990-01-01\"}    | on",
            "{\"on\":\"+99999-01-01\"}  | on",
            "{\"on\":\"2999-01-01\"}    | on",
            "{\"at\":\"1970-01-01T00:00:00Z\"} | at",
            "{\"at\":1772500000}      | at",
            "{\"amount\":1e309}       | amount",
            "{\"count\":\" \"}        | count",
            "{\"count\":\"\"}         | count",
            "{\"kind\":\"\"}          | kind",
            "{\"on\":\" \"}           | on",
            "{\"on\":\"2026-03-03 \"} | on",
            "{\"at\":\" 2026-03-03T08:00:00Z\"} | at",
            "{\"amount\":-1e309}      | amount"})
    void refusesAValueOfAnotherTypeNamingItsField(String body, String field) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.parse(response.body()).read("$.field", String.class)).isEqualTo(field);
    }

    @Test
    void refusesAnOverlongUtf8Form() throws Exception {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}'};
        HttpResponse<String> response = send(asOfficer("/api/test/typed").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JsonPath.parse(response.body()).read("$.type", String.class))
                .isEqualTo(Problems.TYPE_BASE + Problems.MALFORMED_REQUEST);
        assertThat(JsonPath.parse(response.body()).read("$.detail", String.class)).contains("UTF-8");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send(asOfficer("/api/test/typed").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
