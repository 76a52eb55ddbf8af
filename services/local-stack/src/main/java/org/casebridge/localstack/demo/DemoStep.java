package org.casebridge.localstack.demo;

import org.casebridge.localstack.StackService;

/**
 * One command of the demo scenario, as a demo user sends it.
 *
 * @param key      the {@code Idempotency-Key}: fixed per step, so that a second run replays instead of creating
 * @param service  the service the user belongs to
 * @param username the demo user who acts
 * @param command  the path after {@code /api/referrals/{id}/} or {@code /api/leads/{id}/}, or {@link #SUBMISSION}
 *                 for {@code POST /api/referrals}, {@link #RAISE} for {@code POST /api/leads}
 * @param body     the JSON body; fixed text, since the services refuse a known key with another body, except
 *                 {@code {{referral:<name>}}}, which stands for the id of the demo referral of that name (the
 *                 same on every run, since a rerun is answered with the referral the first run created)
 */
record DemoStep(String key, StackService service, String username, String command, String body) {

    static final String SUBMISSION = "submission";
    static final String RAISE = "raise";

    /** Whether the step opens its case (submits the referral, raises the lead). */
    boolean opens() {
        return command.equals(SUBMISSION) || command.equals(RAISE);
    }
}
