package org.casebridge.localstack.demo;

import org.casebridge.localstack.StackService;

/**
 * One command of the demo scenario, as a demo user sends it.
 *
 * @param key      the {@code Idempotency-Key}: fixed per step, so that a second run replays instead of creating
 * @param service  the service the user belongs to
 * @param username the demo user who acts
 * @param command  the path after {@code /api/referrals/{id}/}, or {@link #SUBMISSION} for {@code POST /api/referrals}
 * @param body     the JSON body; fixed text, since the services refuse a known key with another body
 */
record DemoStep(String key, StackService service, String username, String command, String body) {

    static final String SUBMISSION = "submission";

    boolean submits() {
        return command.equals(SUBMISSION);
    }

    /** The path to post to; {@code referralId} is null only for the submission. */
    String path(String referralId) {
        return submits() ? "/api/referrals" : "/api/referrals/" + referralId + "/" + command;
    }
}
