package org.casebridge.contracts;

import static org.casebridge.contracts.common.AgencyType.COURT;
import static org.casebridge.contracts.common.AgencyType.ECOLOGY;
import static org.casebridge.contracts.common.AgencyType.FORESTRY;
import static org.casebridge.contracts.common.AgencyType.NATURAL_RESOURCES;
import static org.casebridge.contracts.common.AgencyType.POLICE;
import static org.casebridge.contracts.common.AgencyType.PROCURATORATE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.lead.LeadAcknowledged;
import org.casebridge.contracts.lead.LeadConvertedToReferral;
import org.casebridge.contracts.lead.LeadInvestigationStarted;
import org.casebridge.contracts.lead.LeadMerged;
import org.casebridge.contracts.lead.LeadNotified;
import org.casebridge.contracts.lead.LeadOutcomeReported;
import org.casebridge.contracts.referral.AdministrativePenaltyImposed;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseNotFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.EvidenceHandedOver;
import org.casebridge.contracts.referral.ExplanationProvided;
import org.casebridge.contracts.referral.ExplanationRequested;
import org.casebridge.contracts.referral.FilingOrdered;
import org.casebridge.contracts.referral.JudgmentIssued;
import org.casebridge.contracts.referral.JudicialSuggestionIssued;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReconsiderationDecided;
import org.casebridge.contracts.referral.ReconsiderationRequested;
import org.casebridge.contracts.referral.ReferralForwarded;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.RefusalReasonsFoundValid;
import org.casebridge.contracts.referral.SuggestionAnswered;
import org.casebridge.contracts.referral.SupervisionRequested;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.contracts.referral.SupplementRequested;

/**
 * The one list of which event goes on which topic and who may write it. Topic creation, schema registration,
 * the services' authorship checks and docs/events.md are all derived from it.
 */
public final class TopicCatalogue {

    /** Agencies that find conduct and refer it: the administrative side. */
    public static final Set<AgencyType> ADMINISTRATIVE = EnumSet.of(FORESTRY, NATURAL_RESOURCES, ECOLOGY);
    /** Every agency type that takes part in the exchange. */
    public static final Set<AgencyType> ANY_AGENCY =
            EnumSet.of(FORESTRY, NATURAL_RESOURCES, ECOLOGY, POLICE, COURT, PROCURATORATE);

    private static final Set<AgencyType> POLICE_ONLY = EnumSet.of(POLICE);
    private static final Set<AgencyType> COURT_ONLY = EnumSet.of(COURT);
    /** The legal clock runs at the supervisor. */
    private static final Set<AgencyType> SUPERVISOR = EnumSet.of(PROCURATORATE);

    private static final List<EventType> EVENTS = List.of(
            referral(ReferralSubmitted.class, ADMINISTRATIVE),
            referral(ReceiptSigned.class, POLICE_ONLY),
            referral(ReferralForwarded.class, POLICE_ONLY),
            referral(SupplementRequested.class, POLICE_ONLY),
            referral(SupplementProvided.class, ADMINISTRATIVE),
            referral(CaseFiled.class, POLICE_ONLY),
            referral(CaseNotFiled.class, POLICE_ONLY),
            referral(ReconsiderationRequested.class, ADMINISTRATIVE),
            referral(ReconsiderationDecided.class, POLICE_ONLY),
            referral(SupervisionRequested.class, ADMINISTRATIVE),
            referral(ExplanationRequested.class, SUPERVISOR),
            referral(ExplanationProvided.class, POLICE_ONLY),
            referral(FilingOrdered.class, SUPERVISOR),
            referral(RefusalReasonsFoundValid.class, SUPERVISOR),
            referral(EvidenceHandedOver.class, ADMINISTRATIVE),
            referral(AdministrativePenaltyImposed.class, ADMINISTRATIVE),
            referral(CaseSubmittedForTrial.class, POLICE_ONLY),
            referral(JudgmentIssued.class, COURT_ONLY),
            referral(JudicialSuggestionIssued.class, COURT_ONLY),
            referral(SuggestionAnswered.class, ADMINISTRATIVE),
            referral(ReferralWithdrawn.class, ADMINISTRATIVE),
            besideChain(DeadlineWarning.class, SUPERVISOR),
            besideChain(DeadlineBreached.class, SUPERVISOR),
            lead(LeadNotified.class, ANY_AGENCY),
            lead(LeadAcknowledged.class, ANY_AGENCY),
            lead(LeadInvestigationStarted.class, ANY_AGENCY),
            lead(LeadOutcomeReported.class, ANY_AGENCY),
            lead(LeadMerged.class, ANY_AGENCY),
            lead(LeadConvertedToReferral.class, ADMINISTRATIVE));

    private static final Map<Class<?>, EventType> BY_CLASS =
            EVENTS.stream().collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));
    private static final Map<String, EventType> BY_FULL_NAME =
            EVENTS.stream().collect(Collectors.toUnmodifiableMap(EventType::fullName, Function.identity()));

    static {
        TrustedContracts.ensureInstalled();
    }

    private TopicCatalogue() {
    }

    /** Every event type, referral events first in lifecycle order, then lead events. */
    public static List<EventType> events() {
        return EVENTS;
    }

    /** The event types carried by one topic. */
    public static List<EventType> eventsOn(Topic topic) {
        return EVENTS.stream().filter(e -> e.topic() == topic).toList();
    }

    /** The catalogue entry of a generated class, if it is an event. */
    public static Optional<EventType> of(Class<?> recordClass) {
        return Optional.ofNullable(BY_CLASS.get(recordClass));
    }

    /** The catalogue entry of a full Avro record name, if it is an event. */
    public static Optional<EventType> ofFullName(String fullName) {
        return Optional.ofNullable(BY_FULL_NAME.get(fullName));
    }

    private static EventType referral(Class<? extends SpecificRecord> type, Set<AgencyType> writers) {
        return new EventType(type, Topic.REFERRALS, writers, true);
    }

    /** A referral event that records a fact about the case without taking a place in its chain (ADR 0006). */
    private static EventType besideChain(Class<? extends SpecificRecord> type, Set<AgencyType> writers) {
        return new EventType(type, Topic.REFERRALS, writers, false);
    }

    private static EventType lead(Class<? extends SpecificRecord> type, Set<AgencyType> writers) {
        return new EventType(type, Topic.LEADS, writers, true);
    }
}
