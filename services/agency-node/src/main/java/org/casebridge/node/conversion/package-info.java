/**
 * Agency node: what every agency service runs over its projections, namely the referral queries and command path,
 * the rebuild of the referral projection, the lead API and lead conversion. This package is lead conversion, where
 * the lead and referral features meet: the endpoint that links a lead to the referral the caller's unit made of it
 * (one the caller can see), offered only in services that have both the lead API and the referral queries.
 */
package org.casebridge.node.conversion;
