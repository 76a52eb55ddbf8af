package org.casebridge.procuratorate.clock;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.node.referral.query.Supervisors;
import org.casebridge.platform.command.CommandJournal;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.schema.OwnMigrations;
import org.casebridge.rules.unit.UnitIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline monitor, signing for every procuratorate whose key this service holds, on the wall clock; its own
 * table (db/migration/procuratorate) migrated after the shared ones ({@link OwnMigrations}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineMonitorProperties.class)
class DeadlineMonitorConfiguration {

    @Bean
    @DependsOn("flywayInitializer")
    WrittenSignals writtenSignals(DataSource dataSource, JdbcClient jdbc) {
        OwnMigrations.migrate(dataSource, "procuratorate");
        return new WrittenSignals(jdbc);
    }

    @Bean
    @ConditionalOnProperty(name = "casebridge.deadlines.monitor.enabled", havingValue = "true", matchIfMissing = true)
    DeadlineMonitor deadlineMonitor(JdbcClient jdbc, AgencyDirectory directory, KeyRing signingKeys,
                                    WrittenSignals written, EventPublisher publisher, CommandJournal journal,
                                    CommandProperties commands, DeadlineMonitorProperties properties,
                                    ObjectProvider<MeterRegistry> meters) {
        DeadlineMonitor monitor = monitor(jdbc, directory, signingKeys, written, publisher, journal, commands,
                properties, Clock.systemUTC());
        meters.ifAvailable(monitor::bindTo);
        return monitor;
    }

    /** A monitor on {@code clock}: the wall clock's in the service, a test's own in tests. */
    static DeadlineMonitor monitor(JdbcClient jdbc, AgencyDirectory directory, KeyRing signingKeys,
                                   WrittenSignals written, EventPublisher publisher, CommandJournal journal,
                                   CommandProperties commands, DeadlineMonitorProperties properties, Clock clock) {
        List<String> signers = signingKeys.unitIds().stream()
                .filter(id -> UnitIds.refOf(id).getType() == AgencyType.PROCURATORATE).sorted().toList();
        if (signers.isEmpty()) {
            throw new IllegalStateException("the deadline monitor signs as a procuratorate, and this service holds"
                    + " the key of none: configure casebridge.units and casebridge.keys-dir, or set"
                    + " casebridge.deadlines.monitor.enabled=false");
        }
        return new DeadlineMonitor(new RunningClocks(jdbc, new Supervisors(directory), signers), written, publisher,
                journal, clock, properties, commands.retryAfter());
    }
}
