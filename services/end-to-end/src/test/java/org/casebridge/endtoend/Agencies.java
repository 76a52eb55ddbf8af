package org.casebridge.endtoend;

import static org.casebridge.platform.testing.ServiceContexts.officer;

import java.util.List;

import org.casebridge.court.CourtApplication;
import org.casebridge.forestry.ForestryApplication;
import org.casebridge.naturalresources.NaturalResourcesApplication;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.police.PoliceApplication;
import org.casebridge.procuratorate.ProcuratorateApplication;
import org.casebridge.sender.referral.SenderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The five agency services, each started from its own application class as a separate application context on
 * the test class's {@code @EmbeddedKafka} broker and the shared registry, each with its own database: they share
 * nothing but Kafka and the registry, as in production. Their class path is one, though: what a service's own jar
 * lacks is left out of its context ({@link ServiceContexts#without}). The officers below log in to them (password
 * {@code ServiceRequests.PASSWORD}); the usernames are what the tests call them by.
 */
record Agencies(ConfigurableApplicationContext forestry, ConfigurableApplicationContext naturalResources,
                ConfigurableApplicationContext police, ConfigurableApplicationContext court,
                ConfigurableApplicationContext procuratorate) implements AutoCloseable {

    /** 张晓明, Baotou forestry and grassland bureau (FORESTRY:150200): sends the Kundulun referrals. */
    static final String BAOTOU_FORESTRY = "zhang.xiaoming";
    /** 李娜, the same bureau: a colleague who is not named on restricted referrals. */
    static final String BAOTOU_FORESTRY_COLLEAGUE = "li.na";
    /** 刘强, Chifeng forestry and grassland bureau (FORESTRY:150400): another unit of the same agency type. */
    static final String CHIFENG_FORESTRY = "liu.qiang";
    /** 王芳, Bayannur natural resources bureau (NATURAL_RESOURCES:150800): sends the Linhe referrals. */
    static final String BAYANNUR_NATURAL_RESOURCES = "wang.fang";
    /** 李伟, Kundulun district police (POLICE:150203): the unit Baotou referrals in 150203 go to. */
    static final String KUNDULUN_POLICE = "li.wei";
    /** 陈静, Kundulun district police: a colleague who is not named on restricted referrals. */
    static final String KUNDULUN_POLICE_COLLEAGUE = "chen.jing";
    /** 赵刚, Baotou city police (POLICE:150200): another police unit. */
    static final String BAOTOU_POLICE = "zhao.gang";
    /** 孙磊, Linhe district police (POLICE:150802): the unit Bayannur referrals in 150802 go to. */
    static final String LINHE_POLICE = "sun.lei";
    /** 周健, Baotou procuratorate (PROCURATORATE:150200): supervises the Kundulun referrals. */
    static final String BAOTOU_PROCURATOR = "zhou.jian";
    /** 马丽, Bayannur procuratorate (PROCURATORATE:150800): supervises the Linhe referrals. */
    static final String BAYANNUR_PROCURATOR = "ma.li";
    /** 刘洋, Baotou intermediate court (COURT:150200): tries the Kundulun cases. */
    static final String BAOTOU_COURT = "liu.yang";
    /** 孙丽, Bayannur intermediate court (COURT:150800): another court. */
    static final String BAYANNUR_COURT = "sun.li";

    static Agencies start(ApicurioRegistry registry) {
        ServiceContexts services = ServiceContexts.on(registry);
        ConfigurableApplicationContext forestry = null;
        ConfigurableApplicationContext naturalResources = null;
        ConfigurableApplicationContext police = null;
        ConfigurableApplicationContext court = null;
        try {
            forestry = services.start(ForestryApplication.class, "forestry-e2e", "FORESTRY", List.of(
                    officer(BAOTOU_FORESTRY, "张晓明", "FORESTRY:150200"), officer(BAOTOU_FORESTRY_COLLEAGUE, "李娜", "FORESTRY:150200"),
                    officer(CHIFENG_FORESTRY, "刘强", "FORESTRY:150400")));
            naturalResources = services.start(NaturalResourcesApplication.class, "natural-resources-e2e",
                    "NATURAL_RESOURCES", List.of(officer(BAYANNUR_NATURAL_RESOURCES, "王芳", "NATURAL_RESOURCES:150800")));
            // One class path for all five: police, court and procuratorate, whose jars have no sender module, leave it out.
            ServiceContexts receivers = services.without(SenderAutoConfiguration.class);
            police = receivers.start(PoliceApplication.class, "police-e2e", "POLICE", List.of(
                    officer(KUNDULUN_POLICE, "李伟", "POLICE:150203"), officer(KUNDULUN_POLICE_COLLEAGUE, "陈静", "POLICE:150203"),
                    officer(BAOTOU_POLICE, "赵刚", "POLICE:150200"), officer(LINHE_POLICE, "孙磊", "POLICE:150802")));
            court = receivers.start(CourtApplication.class, "court-e2e", "COURT", List.of(
                    officer(BAOTOU_COURT, "刘洋", "COURT:150200"), officer(BAYANNUR_COURT, "孙丽", "COURT:150800")));
            ConfigurableApplicationContext procuratorate = receivers.start(ProcuratorateApplication.class,
                    "procuratorate-e2e", "PROCURATORATE", List.of(officer(BAOTOU_PROCURATOR, "周健", "PROCURATORATE:150200"),
                            officer(BAYANNUR_PROCURATOR, "马丽", "PROCURATORATE:150800")));
            return new Agencies(forestry, naturalResources, police, court, procuratorate);
        } catch (RuntimeException e) {
            ServiceContexts.closeAll(court, police, naturalResources, forestry);
            throw e;
        }
    }

    /** Every service, in a fixed order (for checks that each one agrees). */
    List<ConfigurableApplicationContext> all() {
        return List.of(forestry, naturalResources, police, court, procuratorate);
    }

    @Override
    public void close() {
        ServiceContexts.closeAll(procuratorate, court, police, naturalResources, forestry);
    }
}
