/**
 * Natural resources service: the natural resources bureaus' node of the exchange, which refers suspected crimes
 * found in its enforcement to the police, follows its referrals and exchanges leads. Holds only the Spring Boot
 * application; its API comes by auto-configuration from the sender and agency-node modules.
 */
package org.casebridge.naturalresources;
