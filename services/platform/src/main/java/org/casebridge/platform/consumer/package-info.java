/**
 * The one consumer setup every listener uses: a record that cannot be decoded or verified never blocks its
 * partition but is parked, with its original bytes and a reason code in headers, on the topic's dead-letter
 * topic; other failures are retried a bounded number of times, and a record whose check waits on an unreachable
 * schema registry is retried until it answers.
 */
package org.casebridge.platform.consumer;
