package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import org.casebridge.platform.web.WebApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityObservationsTest extends WebApiTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void timesRequestsWithoutMetersOfTheSecurityChain() throws Exception {
        assertThat(send(asOfficer("/api/test/me")).statusCode()).isEqualTo(200);

        // The request's own timer stops last, after everything the security chain would have timed.
        await().untilAsserted(() -> assertThat(meters.find("http.server.requests").timers()).isNotEmpty());
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
    }
}
