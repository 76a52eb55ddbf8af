package org.casebridge.referraltest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A forestry bureau's service for the police service's end-to-end test: exchange-kit's auto-configuration
 * alone (with {@code casebridge.agency-type=FORESTRY}) is what the forestry service runs. Outside the police
 * package, so that the police controllers stay out of it.
 */
@SpringBootApplication
public class ForestryTestApplication {
}
