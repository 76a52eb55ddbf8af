/**
 * Platform: what every CaseBridge service stands on, with no knowledge of referrals or leads (serde and registry
 * client, signing and hash chains, the agency directory, consumers and dead letters, projection and command-path
 * machinery, problem+json, security, health and metrics). This package boots it: the shared defaults every service
 * inherits and may override, the exchange properties (data and keys directories, registry URL, agency directory,
 * the units a service acts for), and the auto-configuration of the registry client and the agency directory.
 */
package org.casebridge.platform.boot;
