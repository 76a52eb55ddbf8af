package org.casebridge.procuratorate.clock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline monitor's settings.
 *
 * @param enabled  whether this instance runs the monitor (every instance may: they never write a signal twice)
 * @param interval how long a round waits after the previous one: with the broker's acknowledgement, how late a
 *                 signal is at most. A round reads only the clocks that fell due since the previous one
 * @param fullScan how often a round reads every running clock instead: what finds a clock the projection applied
 *                 after its instant had passed (an event consumed late, a rebuild), at most this late
 * @param batch    how many breaches and how many warnings a round writes at most before the next round starts
 *                 at once (a monitor catching up after an outage)
 * @param officer  the name the signals carry as {@code meta.officer}: no person gives them
 */
@ConfigurationProperties("casebridge.deadlines.monitor")
public record DeadlineMonitorProperties(@DefaultValue("true") boolean enabled,
                                        @DefaultValue("250ms") Duration interval,
                                        @DefaultValue("30s") Duration fullScan,
                                        @DefaultValue("500") int batch,
                                        @DefaultValue("legal-clock") String officer) {
}
