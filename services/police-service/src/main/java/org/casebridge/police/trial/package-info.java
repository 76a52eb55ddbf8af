/**
 * Submission of a filed case for trial to a court of the agency directory, from which point that court takes part
 * in the referral.
 */
package org.casebridge.police.trial;
