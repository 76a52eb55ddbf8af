/**
 * The lead commands every agency service offers: raise a lead (recipients resolved against the agency directory
 * when it is raised), acknowledge, investigate, report the outcome and merge a duplicate, on the shared command
 * path. A new lead that duplicates an earlier one (same inspection patch, parcel or suspect within the window) is
 * merged into it at once; also the auto-configuration of the whole lead API.
 */
package org.casebridge.node.lead.command;
