/**
 * Problem+json for every error of a service's HTTP API: stable problem types, the exceptions the business layer
 * throws (400, 403, 404, 409, 422), and the handler that turns them, validation errors and unexpected failures into
 * responses. Also the request size limit and the check of an Idempotency-Key's form, both applied before a request
 * reaches its handler.
 */
package org.casebridge.platform.web;
