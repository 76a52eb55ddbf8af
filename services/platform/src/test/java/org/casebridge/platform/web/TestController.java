package org.casebridge.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in every way an API can, for the problem+json and security tests. */
@RestController
@RequestMapping("/api/test")
public class TestController {

    static final String CONFLICT_DETAIL = "案件已立案，不能撤回移送";
    static final String SECRET = "db password is hunter2";

    private final ValidatedService service;

    TestController(ValidatedService service) {
        this.service = service;
    }

    record Party(@NotBlank String name) {
    }

    record Command(@NotBlank String title, @Min(1) int quantity, @Valid List<Party> parties) {
    }

    enum Kind { ONE, TWO }

    record Typed(String text, Integer count, Boolean flag, LocalDate on, Instant at, Kind kind, Double amount) {
    }

    /** Echoes what was bound, for the strict binding tests. */
    @PostMapping("/typed")
    Typed typed(@RequestBody Typed typed) {
        return typed;
    }

    @PostMapping("/commands")
    Map<String, Object> submit(@RequestHeader("Idempotency-Key") String idempotencyKey,
                               @Valid @RequestBody Command command) {
        return Map.of("idempotencyKey", idempotencyKey, "title", command.title());
    }

    /** Reads the body itself, as a streaming upload would. */
    @PostMapping("/raw")
    Map<String, Object> raw(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return Map.of("bytes", body.readAllBytes().length);
        }
    }

    @GetMapping("/quantity")
    Map<String, Object> quantity(@RequestParam("value") @Min(1) int value) {
        return Map.of("value", value);
    }

    @GetMapping("/kind")
    Map<String, Object> kind(@RequestParam(name = "kind", required = false) Kind kind) {
        return Map.of("kind", kind == null ? "none" : kind.name());
    }

    @GetMapping("/named")
    Map<String, Object> named(@RequestParam("name") String name) {
        service.check(name);
        return Map.of("name", name);
    }

    @GetMapping("/conflict")
    void conflict() {
        throw new ConflictException("ILLEGAL_TRANSITION", CONFLICT_DETAIL, Map.of("caseStatus", "FILED"));
    }

    @GetMapping("/not-found")
    void notFound() {
        throw new NotFoundException("No referral R-1");
    }

    @GetMapping("/forbidden")
    void forbidden() {
        throw new ForbiddenException("Only the receiving police unit may sign the receipt");
    }

    @GetMapping("/unprocessable")
    void unprocessable() {
        throw new UnprocessableException("DEADLINE_PASSED", "Reconsideration was due within 3 days");
    }

    @GetMapping("/idempotency")
    void idempotencyKeyReused() {
        throw new IdempotencyKeyReusedException("k-1");
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal Caller caller) {
        return Map.of("username", caller.username(), "displayName", caller.displayName(), "unit", caller.unitId(),
                "roles", caller.roles().stream().map(Role::name).sorted().toList());
    }

    @GetMapping("/admin")
    Map<String, Object> admin(@AuthenticationPrincipal Caller caller) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("needs ADMIN");
        }
        return Map.of("admin", caller.username());
    }

    /** Method validation outside the web layer, which reports a ConstraintViolationException. */
    @Service
    @Validated
    public static class ValidatedService {

        public void check(@NotBlank @Size(max = 10) String name) {
            // the constraint is the test
        }
    }
}
