/**
 * Judicial suggestions the trial court sends an agency unit about what a case showed, each with its number and the
 * day its answer is due.
 */
package org.casebridge.court.suggestion;
