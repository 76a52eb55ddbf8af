/**
 * Audit service: takes in every event of the exchange, read-only, for timelines, replay and verification of
 * deadlines, authorship and integrity. This package holds the Spring Boot application; the service keeps the
 * shared case projections like an agency service and adds the audit ledger.
 */
package org.casebridge.audit;
