/**
 * The police unit's intake of a referral addressed to it: signing the receipt, requesting a supplement from the
 * sender, or forwarding the referral to the competent police unit.
 */
package org.casebridge.police.intake;
