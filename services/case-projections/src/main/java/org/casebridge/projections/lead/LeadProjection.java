package org.casebridge.projections.lead;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.Party;
import org.casebridge.contracts.lead.LeadNotified;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.contracts.lead.MatchBasis;
import org.casebridge.platform.directory.PersonalDataKey;
import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.AppliedVerdict;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.projection.CaseEventTable;
import org.casebridge.platform.projection.CaseStore;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.rules.lead.LeadState;
import org.casebridge.rules.lead.LeadStatus;
import org.casebridge.rules.unit.UnitIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead tables (V6 and V9 in db/migration/casebridge): state, addressees, match keys, chain head and timeline.
 * Suspects are matched by the keyed hash of their id numbers, never the numbers themselves.
 */
public final class LeadProjection implements CaseStore<LeadState> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseEventTable events;
    private final PersonalDataKey suspectKey;

    /** @param suspectKey what suspects' id numbers are hashed with in the duplicate index */
    public LeadProjection(JdbcClient jdbc, PersonalDataKey suspectKey) {
        this.jdbc = jdbc;
        this.events = new CaseEventTable(jdbc, "cb_lead_event", "lead_id");
        this.suspectKey = suspectKey;
    }

    /**
     * Brings the duplicate index to this projection's key: when the index was made with another key (or none),
     * it is derived again from the accepted LeadNotified events. Run once on start, before any event is applied,
     * in its own transaction; instances starting together take turns on the key row.
     */
    public void rekey(TransactionTemplate transactions) {
        transactions.executeWithoutResult(status -> {
            String current = jdbc.sql("select fingerprint from cb_lead_suspect_key for update").query(String.class)
                    .single();
            if (current.equals(suspectKey.fingerprint())) {
                return;
            }
            jdbc.sql("delete from cb_lead_suspect").update();
            jdbc.sql("select lead_id, payload from cb_lead_event where event_type = 'LeadNotified' and verdict = ?")
                    .param(AppliedVerdict.ACCEPTED)
                    .query((ResultSet rs) -> indexSuspects(rs.getString(1), idNumbers(rs.getString(2))));
            jdbc.sql("update cb_lead_suspect_key set fingerprint = ?").param(suspectKey.fingerprint()).update();
        });
    }

    @Override
    public boolean knows(String eventId) {
        return events.knows(eventId);
    }

    @Override
    public Optional<StoredCase<LeadState>> find(String leadId) {
        List<AgencyRef> addressees = new ArrayList<>();
        List<AgencyRef> acknowledged = new ArrayList<>();
        jdbc.sql("select unit, acknowledged from cb_lead_addressee where lead_id = ? order by position").param(leadId)
                .query((ResultSet rs) -> {
                    addressees.add(ref(rs.getString(1)));
                    if (rs.getBoolean(2)) {
                        acknowledged.add(ref(rs.getString(1)));
                    }
                });
        return jdbc.sql("select * from cb_lead where lead_id = ?").param(leadId)
                .query((rs, row) -> new StoredCase<>(new LeadState(leadId, LeadStatus.valueOf(rs.getString("status")),
                        ref(rs.getString("notifier")), addressees, acknowledged,
                        HandlingCode.valueOf(rs.getString("handling_code")), ref(rs.getString("investigator")),
                        rs.getString("outcome") == null ? null : LeadOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("merged_into"), rs.getString("referral_id")),
                        new ChainHead(rs.getLong("head_sequence"), rs.getString("head_hash"))))
                .optional();
    }

    /** Inserts the lead with its match keys on LeadNotified; afterwards updates its state. */
    @Override
    public void save(LeadState previous, LeadState state, ChainHead head, VerifiedEvent event) {
        Timestamp at = Timestamp.from(event.meta().getOccurredAt());
        if (event.event() instanceof LeadNotified notified) {
            insert(state, head, notified, at);
            return;
        }
        jdbc.sql("""
                        update cb_lead set status = ?, investigator = ?, outcome = ?, merged_into = ?, referral_id = ?,
                          head_sequence = ?, head_hash = ?, updated_at = ?
                        where lead_id = ?""")
                .params(state.status().name(), id(state.investigator()),
                        state.outcome() == null ? null : state.outcome().name(), state.mergedInto(), state.referralId(),
                        head.sequence(), head.hash(), at, state.leadId())
                .update();
        // Only the units that acknowledged with this event: the others are marked already.
        for (AgencyRef unit : state.acknowledgedBy()) {
            if (previous.acknowledgedBy().contains(unit)) {
                continue;
            }
            jdbc.sql("update cb_lead_addressee set acknowledged = ? where lead_id = ? and unit = ?")
                    .params(true, state.leadId(), id(unit)).update();
        }
    }

    private void insert(LeadState state, ChainHead head, LeadNotified notified, Timestamp at) {
        jdbc.sql("""
                        insert into cb_lead (lead_id, status, notifier, handling_code, division_code, offence_article,
                          patch_id, parcel_id, notified_at, head_sequence, head_hash, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(state.leadId(), state.status().name(), id(state.notifier()), state.handlingCode().name(),
                        notified.getLocation().getDivisionCode(), notified.getSuspectedOffence().getArticle(),
                        matchKey(notified.getLocation().getInspectionPatchId()), matchKey(notified.getParcelId()),
                        at, head.sequence(), head.hash(), at)
                .update();
        for (int i = 0; i < state.addressees().size(); i++) {
            jdbc.sql("insert into cb_lead_addressee (lead_id, unit, acknowledged, position) values (?, ?, ?, ?)")
                    .params(state.leadId(), id(state.addressees().get(i)), false, i).update();
        }
        indexSuspects(state.leadId(), notified.getSuspects().stream().map(Party::getIdNumber).toList());
    }

    private void indexSuspects(String leadId, List<String> idNumbers) {
        idNumbers.stream().map(LeadProjection::matchKey).filter(id -> id != null).distinct()
                .map(suspectKey::hash)
                .forEach(hash -> jdbc.sql("insert into cb_lead_suspect (lead_id, id_hash) values (?, ?)")
                        .params(leadId, hash).update());
    }

    /** The suspects' id numbers of a stored LeadNotified. */
    private static List<String> idNumbers(String payload) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode suspect : JSON.readTree(payload).path("suspects")) {
            JsonNode number = suspect.path("idNumber");
            if (number.isString()) {
                numbers.add(number.stringValue());
            }
        }
        return numbers;
    }

    @Override
    public void record(CaseEvent entry) {
        events.record(entry);
    }

    /** The verdict recorded for an event id: what the command path waits for (read your own writes). */
    public Optional<CaseEvent> event(String eventId) {
        return events.event(eventId);
    }

    /** Every event received for the lead, in the order the writers claimed. */
    public List<CaseEvent> timeline(String leadId) {
        return events.timeline(leadId);
    }

    /** When the lead was notified, or empty for an unknown lead. */
    public Optional<Instant> notifiedAt(String leadId) {
        return jdbc.sql("select notified_at from cb_lead where lead_id = ?").param(leadId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * The ids of a unit's leads (those it sent, or those it was addressed), of one status or all (null), newest
     * first, H3 leads left out (they are for named officers, whom leads do not name).
     */
    public List<String> page(String unitId, LeadBox box, LeadStatus status, long offset, int limit) {
        var query = jdbc.sql("select lead_id from cb_lead l where " + where(box, status)
                        + " order by notified_at desc, lead_id offset :offset rows fetch next :limit rows only")
                .param("unit", unitId).param("offset", offset).param("limit", limit);
        return (status == null ? query : query.param("status", status.name())).query(String.class).list();
    }

    /** How many leads {@link #page} pages through. */
    public long count(String unitId, LeadBox box, LeadStatus status) {
        var query = jdbc.sql("select count(*) from cb_lead l where " + where(box, status)).param("unit", unitId);
        return (status == null ? query : query.param("status", status.name())).query(Long.class).single();
    }

    private static String where(LeadBox box, LeadStatus status) {
        // No "? is null" test on the status: PostgreSQL cannot type a parameter that is only compared with null.
        String mine = box == LeadBox.SENT ? "l.notifier = :unit"
                : "exists (select 1 from cb_lead_addressee a where a.lead_id = l.lead_id and a.unit = :unit)";
        return mine + " and l.handling_code <> 'H3'" + (status == null ? "" : " and l.status = :status");
    }

    /**
     * The earliest lead notified before {@code lead} (by notification time, then id) within {@code since}, that is
     * not itself merged and names the same inspection patch, parcel or suspect: the lead a duplicate is merged into.
     * Leads coded H2 or H3 are left out: their existence is not to be disclosed to another notifier.
     */
    public Optional<LeadMatch> earliestMatch(String leadId, Instant since) {
        return jdbc.sql("""
                        select o.lead_id, case when o.patch_id = n.patch_id then 'PATCH'
                          when o.parcel_id = n.parcel_id then 'PARCEL' else 'SUSPECT' end as basis
                        from cb_lead n join cb_lead o on o.lead_id <> n.lead_id
                        where n.lead_id = :lead and o.status <> 'MERGED' and o.handling_code in ('H0', 'H1')
                          and o.notified_at >= :since
                          and (o.notified_at < n.notified_at or (o.notified_at = n.notified_at and o.lead_id < n.lead_id))
                          and (o.patch_id = n.patch_id or o.parcel_id = n.parcel_id or exists (
                            select 1 from cb_lead_suspect os join cb_lead_suspect ns on ns.id_hash = os.id_hash
                            where os.lead_id = o.lead_id and ns.lead_id = n.lead_id))
                        order by o.notified_at, o.lead_id fetch first 1 rows only""")
                .param("lead", leadId).param("since", Timestamp.from(since))
                .query((rs, row) -> new LeadMatch(rs.getString(1), MatchBasis.valueOf(rs.getString(2))))
                .optional();
    }

    /** The leads merged into this one, earliest first. */
    public List<String> mergedInto(String leadId) {
        return jdbc.sql("select lead_id from cb_lead where merged_into = ? order by notified_at, lead_id")
                .param(leadId).query(String.class).list();
    }

    /** Empties every lead table, before a rebuild from the log. */
    public void clear() {
        for (String table : List.of("cb_lead_event", "cb_lead_suspect", "cb_lead_addressee", "cb_lead")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /** Patch and parcel ids compared as people write them: case and surrounding blanks do not matter. */
    private static String matchKey(String id) {
        return id == null || id.isBlank() ? null : id.strip().toUpperCase(Locale.ROOT);
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : UnitIds.idOf(ref);
    }

    private static AgencyRef ref(String id) {
        return id == null ? null : UnitIds.refOf(id);
    }
}
