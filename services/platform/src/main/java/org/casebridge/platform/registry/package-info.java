/**
 * A client for the calls of Confluent's Schema Registry REST API that CaseBridge needs: over HTTP with fail-over
 * between base URLs, bounded retries and caches of what the registry never changes, or in memory with the same
 * semantics for tests. Configured with Confluent's property names; failures are typed by Confluent's error codes.
 */
package org.casebridge.platform.registry;
