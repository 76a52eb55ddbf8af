package org.casebridge.localstack.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready when a GET answers 200: Spring's health endpoint answers 503 while a component is down. */
public final class HttpProbe implements ReadinessProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final HttpRequest request;

    public HttpProbe(String url) {
        this.request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build();
    }

    @Override
    public boolean ready() {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notServingYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
