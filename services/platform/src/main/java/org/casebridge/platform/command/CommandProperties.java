package org.casebridge.platform.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the command path.
 *
 * @param sendTimeout   how long the producer tries to append an event before it gives up (its delivery timeout)
 * @param applyTimeout  how long a command waits for its own event to be applied before answering
 * @param pollInterval  how often the wait looks in the database for an event applied by another instance
 * @param relayInterval how often the outbox relay looks for recorded events not yet on the log
 * @param retryAfter    the {@code Retry-After} of a command whose event could not be appended, and how long the
 *                      relay waits before it tries such an event again
 */
@ConfigurationProperties("casebridge.commands")
public record CommandProperties(@DefaultValue("10s") Duration sendTimeout, @DefaultValue("5s") Duration applyTimeout,
                                @DefaultValue("50ms") Duration pollInterval,
                                @DefaultValue("1s") Duration relayInterval,
                                @DefaultValue("5s") Duration retryAfter) {
}
