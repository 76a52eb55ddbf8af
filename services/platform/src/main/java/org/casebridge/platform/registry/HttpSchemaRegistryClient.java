package org.casebridge.platform.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Confluent Schema Registry REST client on the JDK HTTP client. Base URLs are tried in turn (the last one that
 * answered first); connection failures and 5xx answers are retried in a bounded number of rounds. Schemas by id
 * and ids by (subject, schema) are cached forever, since the registry never changes them; cache hits take no lock.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    /** Index of the URL that answered last; racy updates are harmless, it is only where to start. */
    private volatile int preferredUrl;

    public HttpSchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A client for Confluent-style properties, see {@link RegistryClientConfig#fromProperties(Map)}. */
    public static HttpSchemaRegistryClient fromProperties(Map<String, ?> properties) {
        return new HttpSchemaRegistryClient(RegistryClientConfig.fromProperties(properties));
    }

    @Override
    public int register(String subject, Schema schema) {
        try {
            return cachedId(subject, schema, "POST", "/subjects/" + encode(subject) + "/versions",
                    "register schema " + schema.getFullName() + " under subject '" + subject + "'");
        } catch (IncompatibleSchemaException refused) {
            // Apicurio answers 409 also to the second of two writers registering a new subject at once (the artifact
            // "already exists"): the schema is then there, and a lookup finds it. A schema that really is
            // incompatible is not, and the refusal stands.
            try {
                return lookUp(subject, schema);
            } catch (SchemaNotFoundException | SubjectNotFoundException notThere) {
                refused.addSuppressed(notThere);
                throw refused;
            }
        }
    }

    @Override
    public int lookUp(String subject, Schema schema) {
        return cachedId(subject, schema, "POST", "/subjects/" + encode(subject),
                "look up schema " + schema.getFullName() + " under subject '" + subject + "'");
    }

    private int cachedId(String subject, Schema schema, String method, String path, String action) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        int id = call(method, path, schemaBody(schema), action).path("id").asInt();
        idsBySubjectSchema.putIfAbsent(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String action = "fetch schema id " + id;
        Schema schema = parse(call("GET", "/schemas/ids/" + id, null, action), action);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        String action = "fetch latest version of subject '" + subject + "'";
        JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/latest", null, action);
        int id = answer.path("id").asInt();
        Schema schema = schemasById.computeIfAbsent(id, ignored -> parse(answer, action));
        return new RegisteredSchema(subject, answer.path("version").asInt(), id, schema);
    }

    /** True also when the subject has no version yet: then any schema may be registered. */
    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            return call("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema),
                    "check compatibility of " + schema.getFullName() + " with subject '" + subject + "'")
                    .path("is_compatible").asBoolean();
        } catch (SubjectNotFoundException | VersionNotFoundException noVersionYet) {
            return true;
        }
    }

    @Override
    public String compatibility(String subject) {
        JsonNode answer = call("GET", configPath(subject) + (subject == null ? "" : "?defaultToGlobal=true"), null,
                "read compatibility of " + configName(subject));
        return answer.path("compatibilityLevel").asText(answer.path("compatibility").asText());
    }

    @Override
    public void setCompatibility(String subject, String level) {
        call("PUT", configPath(subject), JSON.createObjectNode().put("compatibility", level),
                "set compatibility of " + configName(subject) + " to " + level);
    }

    private static String configPath(String subject) {
        return subject == null ? "/config" : "/config/" + encode(subject);
    }

    private static String configName(String subject) {
        return subject == null ? "the registry" : "subject '" + subject + "'";
    }

    private static JsonNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static Schema parse(JsonNode answer, String action) {
        String text = answer.path("schema").asText(null);
        if (text == null) {
            throw new SchemaRegistryException(action + ": the answer holds no schema", 200, 200);
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new InvalidSchemaException(action + ": the registry returned a schema Avro cannot parse: "
                    + e.getMessage(), InvalidSchemaException.INVALID_SCHEMA);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One REST call with fail-over over the URLs and bounded retry rounds on connection failure or 5xx. */
    private JsonNode call(String method, String path, JsonNode body, String action) {
        List<URI> urls = config.baseUrls();
        RetryableFailure last = null;
        for (int round = 0; round <= config.maxRetries(); round++) {
            if (round > 0) {
                pause(round, action, last);
            }
            int start = preferredUrl;
            for (int i = 0; i < urls.size(); i++) {
                int index = (start + i) % urls.size();
                URI uri = URI.create(urls.get(index) + path);
                try {
                    JsonNode answer = send(method, uri, body, action);
                    preferredUrl = index;
                    return answer;
                } catch (RetryableFailure failure) {
                    last = failure;
                }
            }
        }
        throw unavailable(action, last);
    }

    private JsonNode send(String method, URI uri, JsonNode body, String action) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Accept", MEDIA_TYPE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", MEDIA_TYPE);
        }
        config.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RetryableFailure(uri, SchemaRegistryException.NO_STATUS, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(action + " at " + uri + ": interrupted",
                    SchemaRegistryException.NO_STATUS, e);
        }
        int status = response.statusCode();
        JsonNode answer = readJson(response.body());
        if (status >= 200 && status < 300) {
            return answer;
        }
        String message = answer.path("message").asText(response.body());
        if (status >= 500) {
            throw new RetryableFailure(uri, status, message, null);
        }
        int code = answer.path("error_code").asInt(status);
        throw RegistryErrors.of(status, code, action + " at " + uri + ": HTTP " + status + ", error " + code
                + ": " + message);
    }

    private static JsonNode readJson(String text) {
        if (text == null || text.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            // Proxies and servlet containers answer errors in HTML; the status code still tells what happened.
            return NullNode.getInstance();
        }
    }

    private void pause(int round, String action, RetryableFailure last) {
        long millis = config.retryBackoff().toMillis() << Math.min(round - 1, 10);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(action + " (interrupted while waiting to retry)", last);
        }
    }

    private RegistryUnavailableException unavailable(String action, RetryableFailure last) {
        int attempts = (config.maxRetries() + 1) * config.baseUrls().size();
        return new RegistryUnavailableException(action + ": no schema registry answered after " + attempts
                + " attempt(s) over " + config.baseUrls() + "; last at " + last.uri + ": "
                + (last.status == SchemaRegistryException.NO_STATUS ? "" : "HTTP " + last.status + " ") + last.detail,
                last.status, last.getCause());
    }

    /** A failure worth trying again elsewhere or later; never leaves this class. */
    private static final class RetryableFailure extends RuntimeException {
        private final transient URI uri;
        private final int status;
        private final String detail;

        RetryableFailure(URI uri, int status, String detail, Throwable cause) {
            super(detail, cause, false, false);
            this.uri = uri;
            this.status = status;
            this.detail = detail;
        }
    }

    private record SubjectSchema(String subject, Schema schema) {
    }
}
