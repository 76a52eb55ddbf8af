package org.casebridge.audit.ledger;

import java.util.List;
import java.util.Optional;

import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.casebridge.platform.web.ForbiddenException;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.platform.web.PageBounds;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.TimelineEntry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What auditors read (role AUDITOR): the full, ordered history of a case as it stands on the log, including the
 * records no agency applied, and the records that failed an integrity check. Everything is shown, personal data
 * included: auditors answer for the record itself, not for one agency's view of it.
 */
@RestController
final class AuditLedgerController {

    static final int MAX_PAGE_SIZE = 200;

    private final Ledger ledger;
    private final ReferralProjection referrals;

    AuditLedgerController(Ledger ledger, ReferralProjection referrals) {
        this.ledger = ledger;
        this.referrals = referrals;
    }

    /** Every record keyed by the case, in log order, with both verdicts; 404 when the log has none. */
    @GetMapping("/api/audit/cases/{caseId}")
    CaseHistory history(@AuthenticationPrincipal Caller caller, @PathVariable String caseId) {
        requireAuditor(caller);
        List<AuditedRecord> records = ledger.history(caseId).stream().map(this::audited).toList();
        if (records.isEmpty()) {
            throw new NotFoundException("no record of case " + caseId + " is on the log");
        }
        return new CaseHistory(caseId, records);
    }

    /** Records with this integrity verdict (e.g. FORGED_SIGNATURE), or all that are not VERIFIED, in log order. */
    @GetMapping("/api/audit/records")
    RecordPage records(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String verdict,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        requireAuditor(caller);
        long offset = PageBounds.offset(page, size, MAX_PAGE_SIZE);
        List<AuditedRecord> records = ledger.withVerdict(verdict, offset, size).stream().map(this::audited).toList();
        return new RecordPage(records, page, size, ledger.countWithVerdict(verdict));
    }

    private AuditedRecord audited(LedgerEntry entry) {
        Optional<TimelineEntry> applied = entry.eventId() == null ? Optional.empty() : referrals.event(entry.eventId());
        return AuditedRecord.of(entry, applied.map(TimelineEntry::verdict).orElse(null),
                applied.map(TimelineEntry::reason).orElse(null));
    }

    private static void requireAuditor(Caller caller) {
        if (!caller.hasRole(Role.AUDITOR)) {
            throw new ForbiddenException("the audit ledger is open to auditors only (role AUDITOR)");
        }
    }

    record CaseHistory(String caseId, List<AuditedRecord> records) {
    }

    record RecordPage(List<AuditedRecord> records, int page, int size, long total) {
    }
}
