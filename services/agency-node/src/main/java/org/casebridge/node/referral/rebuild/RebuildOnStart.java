package org.casebridge.node.referral.rebuild;

import org.casebridge.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code casebridge.projection.rebuild-on-start=true}: rebuild once the service is up. Meant for one start (after
 * an upgrade that adds projection columns, or to repair a database), then turned off again. Another instance already
 * consuming, or rebuilding, is not an error: this one starts without rebuilding and says why.
 */
final class RebuildOnStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);
    static final String REQUESTED_BY = "rebuild-on-start";

    private final ProjectionRebuild rebuild;

    RebuildOnStart(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            rebuild.start(REQUESTED_BY);
        } catch (ConflictException e) {
            log.warn("casebridge.projection.rebuild-on-start: not rebuilding: {}", e.getMessage());
        }
    }
}
