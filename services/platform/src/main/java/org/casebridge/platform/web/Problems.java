package org.casebridge.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of every CaseBridge API. A type URI names one kind of problem and never changes, so clients
 * switch on it (and on the {@code code} property for domain codes), never on the human-readable title or detail.
 */
public final class Problems {

    /** Base of every type URI; the slug after it is the problem's kebab-case name. */
    public static final String TYPE_BASE = "https://casebridge.example/problems/";

    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String INVALID_REQUEST = "invalid-request";
    public static final String MISSING_HEADER = "missing-header";
    public static final String INVALID_HEADER = "invalid-header";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String UNPROCESSABLE = "unprocessable";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String INTERNAL_ERROR = "internal-error";

    private Problems() {
    }

    /** A problem of the given type, titled with the status's reason phrase. */
    public static ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /**
     * The slug for a status that Spring reports without a type of ours (405, 415, 406 ...): its reason phrase in
     * kebab case, e.g. {@code unsupported-media-type}, so even framework errors get a stable type.
     */
    static String slugOf(HttpStatus status) {
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return PAYLOAD_TOO_LARGE;
        }
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
