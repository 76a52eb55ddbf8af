package org.casebridge.referraltest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Another agency's service for the court service's end-to-end test: exchange-kit's auto-configuration alone, of
 * the agency type the test sets ({@code casebridge.agency-type}). With FORESTRY it is what the forestry service
 * runs; with POLICE it keeps the police unit's projection and command path, without the police controllers (the
 * court service does not depend on the police service). Outside the court package, so that the court
 * controllers stay out of it.
 */
@SpringBootApplication
public class AgencyTestApplication {
}
