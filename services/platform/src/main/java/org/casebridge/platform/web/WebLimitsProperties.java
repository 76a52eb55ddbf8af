package org.casebridge.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the services' HTTP APIs.
 *
 * @param maxRequestBytes largest request body accepted ({@code casebridge.web.max-request-bytes}, e.g. {@code 1MB}
 *                        or a number of bytes); commands are small JSON documents, files travel by URI and hash
 */
@ConfigurationProperties("casebridge.web")
record WebLimitsProperties(@DefaultValue("1MB") DataSize maxRequestBytes) {

    WebLimitsProperties {
        if (maxRequestBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("casebridge.web.max-request-bytes must be positive, was "
                    + maxRequestBytes);
        }
    }
}
