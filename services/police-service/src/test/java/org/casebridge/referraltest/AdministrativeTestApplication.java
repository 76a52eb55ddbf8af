package org.casebridge.referraltest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An administrative agency's service (forestry or natural resources, by {@code casebridge.agency-type}) for the
 * police service's end-to-end test: exchange-kit's auto-configuration alone is what those services run. Outside
 * the police package, so that the police controllers stay out of it.
 */
@SpringBootApplication
public class AdministrativeTestApplication {
}
