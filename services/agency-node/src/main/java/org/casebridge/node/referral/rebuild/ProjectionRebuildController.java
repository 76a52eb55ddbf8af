package org.casebridge.node.referral.rebuild;

import java.net.URI;

import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.casebridge.platform.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' handle on the referral projection: start a rebuild (202, then follow the Location) and read
 * its progress. ADMIN role only.
 */
@RestController
public final class ProjectionRebuildController {

    static final String PATH = "/api/admin/projection/rebuild";

    private final ProjectionRebuild rebuild;

    ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping(PATH)
    ResponseEntity<RebuildStatus> start(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return ResponseEntity.accepted().location(URI.create(PATH))
                .body(rebuild.start(caller.unitId() + "/" + caller.username()));
    }

    @GetMapping(PATH)
    RebuildStatus status(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return rebuild.status();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("rebuilding the projection needs the ADMIN role");
        }
    }
}
