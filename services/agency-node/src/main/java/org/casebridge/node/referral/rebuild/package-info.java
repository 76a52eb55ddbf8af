/**
 * Rebuild of a service's referral projection from the log: the projection is emptied and the service's own consumer
 * replays the referrals topic from its first record, the path live events take, while every instance refuses
 * commands (503). Holds the admin endpoint and progress, the rebuild-on-start switch, and the shared database row
 * that keeps one rebuild running at a time; a rebuild is refused while another instance consumes.
 */
package org.casebridge.node.referral.rebuild;
