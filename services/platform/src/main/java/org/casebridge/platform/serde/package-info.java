/**
 * Avro serializer and deserializer in Confluent's wire format (magic byte, schema id, Avro body), configured with
 * Confluent's property names and subject name strategies, and reading into the generated contract classes when
 * asked to. The registry is asked once per schema, after which writing and reading take no lock and no registry call;
 * each way a record can fail to be written or read has its own exception.
 */
package org.casebridge.platform.serde;
