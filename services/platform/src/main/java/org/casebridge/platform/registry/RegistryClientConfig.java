package org.casebridge.platform.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How to reach the registry, read from Confluent's property names so that the same Kafka client
 * configuration works with Confluent's serializers and ours.
 *
 * @param baseUrls            registry base URLs, tried in order with fail-over; user info removed
 * @param authorization       value of the {@code Authorization} header, if basic auth is configured
 * @param connectTimeout      TCP connect timeout per attempt
 * @param requestTimeout      whole-request timeout per attempt
 * @param maxRetries          extra rounds over all URLs after a connection failure or 5xx
 * @param retryBackoff        pause before the first retry round, doubled for each further round
 */
public record RegistryClientConfig(List<URI> baseUrls, Optional<String> authorization, Duration connectTimeout,
                                   Duration requestTimeout, int maxRetries, Duration retryBackoff) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    /** Confluent accepts the user info under this prefixed name too. */
    public static final String PREFIXED_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";

    // Smaller than Confluent's one-minute defaults: a stuck registry must not hold a consumer past its poll interval.
    private static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    private static final long DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
    private static final int DEFAULT_MAX_RETRIES = 2;
    private static final long DEFAULT_RETRIES_WAIT_MS = 100;

    public RegistryClientConfig {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is needed");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException(MAX_RETRIES + " must not be negative, was " + maxRetries);
        }
        baseUrls = List.copyOf(baseUrls);
    }

    /** Defaults for everything but the URLs (comma separated, as in {@value #URL}). */
    public static RegistryClientConfig of(String urls) {
        return fromProperties(Map.of(URL, urls));
    }

    /**
     * Reads {@value #URL} (comma separated), {@value #CREDENTIALS_SOURCE} ({@code USER_INFO} with
     * {@value #USER_INFO}, or {@code URL} with user info in the URLs), {@value #CONNECT_TIMEOUT_MS},
     * {@value #REQUEST_TIMEOUT_MS}, {@value #MAX_RETRIES} and {@value #RETRIES_WAIT_MS}.
     */
    public static RegistryClientConfig fromProperties(Map<String, ?> properties) {
        Object urlValue = properties.get(URL);
        if (urlValue == null || urlValue.toString().isBlank() || urlValue.toString().equals("[]")) {
            throw new IllegalArgumentException("missing '" + URL + "': the schema registry base URL(s), comma separated");
        }
        // Kafka's ConfigDef hands list-typed values over as a List.
        String urls = urlValue instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : urlValue.toString();
        List<URI> withUserInfo = parseUrls(urls);
        return new RegistryClientConfig(
                withUserInfo.stream().map(RegistryClientConfig::withoutUserInfo).toList(),
                authorization(properties, withUserInfo),
                Duration.ofMillis(longValue(properties, CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(longValue(properties, REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS)),
                (int) longValue(properties, MAX_RETRIES, DEFAULT_MAX_RETRIES),
                Duration.ofMillis(longValue(properties, RETRIES_WAIT_MS, DEFAULT_RETRIES_WAIT_MS)));
    }

    private static List<URI> parseUrls(String value) {
        List<URI> urls = new ArrayList<>();
        for (String part : value.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            URI uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("schema registry URL must be http or https: '" + trimmed + "'");
            }
            urls.add(uri);
        }
        return urls;
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid schema registry URL '" + uri + "'", e);
        }
    }

    private static Optional<String> authorization(Map<String, ?> properties, List<URI> urls) {
        Object source = properties.get(CREDENTIALS_SOURCE);
        if (source == null || source.toString().isBlank()) {
            return Optional.empty();
        }
        String userInfo = switch (source.toString().trim().toUpperCase()) {
            case "USER_INFO" -> userInfoProperty(properties);
            case "URL" -> urls.stream().map(URI::getRawUserInfo).filter(info -> info != null).findFirst()
                    .map(info -> URLDecoder.decode(info, StandardCharsets.UTF_8))
                    .orElseThrow(() -> new IllegalArgumentException(CREDENTIALS_SOURCE
                            + "=URL but no URL in '" + URL + "' has user info (http://user:password@host)"));
            default -> throw new IllegalArgumentException("unsupported " + CREDENTIALS_SOURCE + " '" + source
                    + "': use USER_INFO or URL");
        };
        if (userInfo.indexOf(':') < 0) {
            throw new IllegalArgumentException("basic auth user info must be 'user:password'");
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    private static String userInfoProperty(Map<String, ?> properties) {
        Object value = properties.get(USER_INFO);
        if (value == null) {
            value = properties.get(PREFIXED_USER_INFO);
        }
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(CREDENTIALS_SOURCE + "=USER_INFO needs '" + USER_INFO + "' = user:password");
        }
        return value.toString();
    }

    private static long longValue(Map<String, ?> properties, String name, long fallback) {
        Object value = properties.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, was '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        // Never print the credentials.
        return "RegistryClientConfig[baseUrls=" + baseUrls + ", basicAuth=" + authorization.isPresent()
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries + ", retryBackoff=" + retryBackoff + "]";
    }
}
