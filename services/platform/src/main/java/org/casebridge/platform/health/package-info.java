/**
 * Kafka health components for actuator: broker connectivity, and consumer lag measured against the offsets each
 * projection stores with its data, so that a service too far behind the log leaves readiness until it has caught
 * up.
 */
package org.casebridge.platform.health;
