package org.casebridge.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on 127.0.0.1 that gives every request the same answer and remembers the requests,
 * to test clients against failing or misbehaving registries.
 */
public final class StubHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();

    private StubHttpServer(int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requestHeaders.add(exchange.getRequestHeaders());
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** A started server answering every request with this status and JSON body. */
    public static StubHttpServer answering(int status, String body) {
        try {
            return new StubHttpServer(status, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a stub HTTP server on 127.0.0.1", e);
        }
    }

    /** A URL on 127.0.0.1 where nothing listens: the port was free a moment ago and has been closed. */
    public static String closedPortUrl() {
        return "http://127.0.0.1:" + LocalPorts.free();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests arrived. */
    public int calls() {
        return requestHeaders.size();
    }

    /** Headers of every request, in arrival order. */
    public List<Headers> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
