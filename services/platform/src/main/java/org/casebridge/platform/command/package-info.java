/**
 * The command path shared by referrals and leads: a command is judged by the case's lifecycle against the
 * service's projection, recorded with its signed event (the outbox), published as one event keyed by its case, and
 * answered once the service's own consumer has applied it (read your own writes). Holds the command journal (the
 * idempotency record per unit and Idempotency-Key, and the outbox), the outbox relay, the signing event publisher
 * and its auto-configuration, new readable case ids, and the 503 answers with {@code Retry-After} for an event not
 * on the log or not applied yet.
 */
package org.casebridge.platform.command;
