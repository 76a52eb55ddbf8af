package org.casebridge.sender.referral;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.ConflictException;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.platform.web.PageBounds;
import org.casebridge.platform.web.WellFormedText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafting a referral before it is submitted: the unit's officers save any part of a submission, come back to it,
 * change it (naming the version they changed, so that two officers cannot overwrite each other unnoticed) and
 * submit it. A draft is checked in full only when it is submitted, exactly as {@code POST /api/referrals} checks a
 * request; the submitted draft is deleted, and the referral continues on the log.
 */
@RestController
final class ReferralDraftController {

    static final int MAX_PAGE_SIZE = 100;

    private final ReferralDrafts drafts;
    private final ReferralSubmission submission;
    private final Validator validator;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ReferralDraftController(ReferralDrafts drafts, ReferralSubmission submission, Validator validator, JsonMapper json) {
        this.drafts = drafts;
        this.submission = submission;
        this.validator = validator;
        this.json = json;
    }

    /**
     * Saves a new draft. The Idempotency-Key makes a retry safe: the same key and content answer the draft the first
     * request made (201 again, as it is now); the same key with other content is 422; a key whose draft was since
     * submitted or deleted is 404, and makes no new one.
     */
    @PostMapping("/api/referral-drafts")
    ResponseEntity<ReferralDraft> create(@AuthenticationPrincipal Caller caller,
                                         @RequestHeader("Idempotency-Key") String idempotencyKey,
                                         @Valid @RequestBody DraftInput input) {
        ReferralDraft draft = drafts.create(caller.unitId(), idempotencyKey, caller.username(),
                object(input.content()), clock.instant());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/referral-drafts/{id}")
                .build(draft.draftId())).body(draft);
    }

    /** The unit's drafts, the most recently changed first. */
    @GetMapping("/api/referral-drafts")
    DraftPage list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        long offset = PageBounds.offset(page, size, MAX_PAGE_SIZE);
        return new DraftPage(drafts.list(caller.unitId(), offset, size), page, size, drafts.count(caller.unitId()));
    }

    @GetMapping("/api/referral-drafts/{id}")
    ReferralDraft get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return found(caller, id);
    }

    /** Replaces the content; {@code version} is the one the caller read (409 {@code STALE_DRAFT} if it moved on). */
    @PutMapping("/api/referral-drafts/{id}")
    ReferralDraft update(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                         @Valid @RequestBody DraftInput input) {
        ReferralDraft current = found(caller, id);
        if (input.version() == null) {
            throw new InvalidFieldException("version", "name the version of the draft you changed");
        }
        if (!drafts.update(caller.unitId(), id, input.version(), caller.username(), object(input.content()),
                clock.instant())) {
            throw new ConflictException("STALE_DRAFT", "draft " + id + " is at version " + current.version()
                    + ", not " + input.version() + ": read it again and apply your change to it");
        }
        return found(caller, id);
    }

    @DeleteMapping("/api/referral-drafts/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        if (!drafts.delete(caller.unitId(), id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Submits the draft as {@code POST /api/referrals} would submit its content (same checks, same answers, same
     * Idempotency-Key rules), then deletes it. A retry with the same key after the draft is gone answers 404; the
     * referral is then in the unit's list.
     */
    @PostMapping("/api/referral-drafts/{id}/submission")
    ResponseEntity<ReferralDetail> submit(@AuthenticationPrincipal Caller caller,
                                          @RequestHeader("Idempotency-Key") String idempotencyKey,
                                          @PathVariable String id) {
        ReferralDraft draft = found(caller, id);
        SubmitReferralRequest request = complete(draft);
        ReferralDetail referral = submission.submit(caller, idempotencyKey, request);
        drafts.delete(caller.unitId(), id);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/referrals/{id}")
                .build(referral.summary().referralId())).body(referral);
    }

    /** The draft as a submission, or the same 400 problem {@code POST /api/referrals} gives for that body. */
    private SubmitReferralRequest complete(ReferralDraft draft) {
        SubmitReferralRequest request;
        try {
            request = json.treeToValue(draft.content(), SubmitReferralRequest.class);
        } catch (JacksonException unreadable) {
            throw new InvalidFieldException("content", "is not a referral yet: " + unreadable.getOriginalMessage());
        }
        Set<ConstraintViolation<SubmitReferralRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private ReferralDraft found(Caller caller, String id) {
        return drafts.find(caller.unitId(), id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no draft " + id + " of your unit");
    }

    /** The content, if it is an object whose texts and numbers a submission could hold; kept as it came. */
    private static JsonNode object(JsonNode content) {
        if (!content.isObject()) {
            throw new InvalidFieldException("content", "must be a JSON object (the body of POST /api/referrals, "
                    + "as far as it is written)");
        }
        checkValues(content, "content");
        return content;
    }

    private static void checkValues(JsonNode node, String path) {
        if (node.isString()) {
            WellFormedText.flaw(node.stringValue()).ifPresent(flaw -> {
                throw new InvalidFieldException(path, flaw);
            });
        } else if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new InvalidFieldException(path, "is beyond the range of a number");
        } else if (node.isObject()) {
            node.properties().forEach(field -> checkValues(field.getValue(), path + "." + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /**
     * @param content the submission as far as it is written
     * @param version on an update, the version the caller read
     */
    record DraftInput(@NotNull JsonNode content, Long version) {
    }

    record DraftPage(List<ReferralDraft> drafts, int page, int size, long total) {
    }
}
