package org.casebridge.platform.web;

import java.util.Map;

/**
 * 422: an {@code Idempotency-Key} already used for a different command. A retry of the same command is answered
 * with the first outcome instead; this is for a key reused for another body.
 */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException(String idempotencyKey) {
        super(422, Problems.IDEMPOTENCY_KEY_REUSED, null,
                "Idempotency-Key " + idempotencyKey + " was already used for a different request",
                Map.of("idempotencyKey", idempotencyKey));
    }
}
