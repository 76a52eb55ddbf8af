/**
 * CaseBridge's own meters (events applied, rejected and dead-lettered, by topic and reason) and the Kafka client
 * meters of the consumers and producers the platform builds itself, registered on the service's meter registry.
 */
package org.casebridge.platform.metrics;
