package org.casebridge.platform.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the command path.
 *
 * @param sendTimeout  how long to wait for the broker to acknowledge an event
 * @param applyTimeout how long a command waits for its own event to be applied before answering
 * @param pollInterval how often the wait looks in the database for an event applied by another instance
 */
@ConfigurationProperties("casebridge.commands")
public record CommandProperties(@DefaultValue("10s") Duration sendTimeout, @DefaultValue("5s") Duration applyTimeout,
                                @DefaultValue("50ms") Duration pollInterval) {
}
