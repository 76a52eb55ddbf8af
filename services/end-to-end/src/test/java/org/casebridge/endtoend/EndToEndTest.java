package org.casebridge.endtoend;

import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * What every end-to-end test class runs on: its own embedded broker, the JVM's Apicurio registry and the five
 * agency services started on them before its tests (see {@link Agencies}), stopped after them. Test classes run
 * one after the other, so the fields always hold the running class's services.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
abstract class EndToEndTest {

    static Agencies agencies;
    static Steps steps;
    static ConfigurableApplicationContext forestry;
    static ConfigurableApplicationContext naturalResources;
    static ConfigurableApplicationContext police;
    static ConfigurableApplicationContext court;
    static ConfigurableApplicationContext procuratorate;

    @BeforeAll
    static void startServices(ApicurioRegistry registry) {
        agencies = Agencies.start(registry);
        steps = new Steps(agencies);
        forestry = agencies.forestry();
        naturalResources = agencies.naturalResources();
        police = agencies.police();
        court = agencies.court();
        procuratorate = agencies.procuratorate();
    }

    @AfterAll
    static void stopServices() {
        if (agencies != null) {
            agencies.close();
            agencies = null;
        }
    }
}
