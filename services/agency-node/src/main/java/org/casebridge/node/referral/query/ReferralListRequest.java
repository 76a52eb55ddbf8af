package org.casebridge.node.referral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.rules.referral.ReferralStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of a referral list ({@code GET /api/referrals}, {@code GET /api/inbox}); every one optional.
 *
 * @param status        one or more statuses ({@code status=RECEIVED&status=SUPPLEMENT_REQUESTED}); all when absent
 * @param overdue       {@code true}: only referrals whose next deadline has passed; {@code false}: only the others
 * @param submittedFrom first day of submission, inclusive (ISO date, China Standard Time)
 * @param submittedTo   last day of submission, inclusive
 * @param receiver      only referrals addressed to this police unit, e.g. {@code POLICE:150203}
 * @param division      only referrals addressed to a unit of this division or under it: 2 to 6 digits of a GB/T
 *                      2260 code, e.g. {@code 1502} for Baotou
 * @param dueKind       only referrals whose next deadline is of this kind, e.g. {@code EXPLANATION}
 * @param breached      {@code true}: only referrals whose next deadline the legal clock recorded as breached on the
 *                      log; {@code false}: only the others
 * @param page          zero-based, default 0
 * @param size          1 to {@link ReferralQueries#MAX_PAGE_SIZE}, default {@link ReferralQueries#DEFAULT_PAGE_SIZE}
 */
public record ReferralListRequest(List<@NotNull ReferralStatus> status, Boolean overdue,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedFrom,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedTo,
                                  @Pattern(regexp = "[A-Z_]{1,30}:\\d{6}",
                                          message = "must be a unit id such as POLICE:150203") String receiver,
                                  @Pattern(regexp = "\\d{2,6}",
                                          message = "must be 2 to 6 digits of a division code") String division,
                                  DeadlineKind dueKind,
                                  Boolean breached,
                                  @Min(0) Integer page,
                                  @Min(1) @Max(ReferralQueries.MAX_PAGE_SIZE) Integer size) {

    public ReferralListRequest {
        // Not List.copyOf: an empty element ("status=RECEIVED,,FILED") is a null that validation names, not a 500.
        status = status == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(status));
    }

    /** All referrals, first page. */
    public static ReferralListRequest firstPage() {
        return new ReferralListRequest(null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the request narrows the list by status or by a recorded breach: a queue's default then yields. */
    public boolean namesStatusOrBreach() {
        return !status.isEmpty() || breached != null;
    }

    @AssertTrue(message = "submittedFrom must not be after submittedTo")
    boolean isDateRangeOrdered() {
        return submittedFrom == null || submittedTo == null || !submittedFrom.isAfter(submittedTo);
    }

    int pageOrDefault() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? ReferralQueries.DEFAULT_PAGE_SIZE : size;
    }
}
