/**
 * The command path shared by referrals and leads: a command is judged by the case's lifecycle against the
 * service's projection, published as one signed event keyed by its case, and answered once the service's own
 * consumer has applied it (read your own writes). Holds the idempotency record per unit and Idempotency-Key, the
 * signing event publisher and its auto-configuration, new readable case ids, and the 503 answer for an event not
 * applied within the bounded wait.
 */
package org.casebridge.platform.command;
