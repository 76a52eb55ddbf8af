package org.casebridge.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A failure of the business layer that the API answers as a problem: an HTTP status, a stable problem type,
 * an optional machine code (e.g. {@code ILLEGAL_TRANSITION}) written as the {@code code} property, a detail for
 * people, and extra properties. Throw one of the subclasses; the problem handler turns it into problem+json.
 * Free of servlet and Spring web types, so services can throw it from any layer.
 */
public class ProblemException extends RuntimeException {

    // Extra properties are written beside the standard members, so they must not take their names.
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code");

    private final int status;
    private final String type;
    private final String code;
    private final Map<String, Object> properties;

    /**
     * @param status     HTTP status, 4xx (a 5xx is a fault, not a problem to report with a type of its own)
     * @param type       slug of the problem type, see {@link Problems}
     * @param code       machine code clients may switch on, or null
     * @param detail     explanation for people; shown to the caller, so it must hold nothing they may not see
     * @param properties extra members of the problem, none named like a standard member or {@code code}; copied
     */
    protected ProblemException(int status, String type, String code, String detail, Map<String, ?> properties) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("A ProblemException reports a client error (4xx), not " + status);
        }
        this.status = status;
        this.type = type;
        this.code = code;
        for (String name : properties.keySet()) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("Problem property '" + name + "' would replace a member of the"
                        + " problem; reserved: " + RESERVED);
            }
        }
        this.properties = Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The machine code, or null. */
    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** The extra members, with {@code code} first when there is one. */
    public Map<String, Object> properties() {
        Map<String, Object> all = new LinkedHashMap<>();
        if (code != null) {
            all.put("code", code);
        }
        all.putAll(properties);
        return all;
    }
}
