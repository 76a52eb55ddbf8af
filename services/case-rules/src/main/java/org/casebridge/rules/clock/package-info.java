/**
 * Case rules: how a case may move and what it may show, in plain Java without Spring, so that every service, the
 * audit and any replay judge with the same code (lifecycles, the legal clock and deadlines, visibility and personal
 * data, unit ids). This package is the legal clock: versioned rule sets read from the bundled YAML configuration,
 * the working calendar with its holidays and adjusted working days, and how a rule turns a start instant and any
 * pauses into a due and a warning instant. A clock is evaluated under the rule set in force when it started, so an
 * old case replays with the deadlines that applied then.
 */
package org.casebridge.rules.clock;
