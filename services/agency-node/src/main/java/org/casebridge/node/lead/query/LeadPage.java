package org.casebridge.node.lead.query;

import java.util.List;

/**
 * A page of a lead list.
 *
 * @param items         the leads on this page
 * @param page          zero-based page number
 * @param size          page size asked for
 * @param totalElements leads in the whole list
 */
public record LeadPage(List<LeadSummary> items, int page, int size, long totalElements) {
}
