package org.casebridge.localstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every TCP port the stack listens on, all on 127.0.0.1.
 *
 * @param broker     Kafka's PLAINTEXT listener (clients)
 * @param controller Kafka's KRaft CONTROLLER listener
 * @param registry   Apicurio Registry's HTTP port
 * @param services   each service's HTTP port
 */
public record StackPorts(int broker, int controller, int registry, Map<StackService, Integer> services) {

    /** Services 8081-8086, registry 8090, broker 9092, controller 9093. */
    public static final StackPorts DEFAULT = new StackPorts(9092, 9093, 8090, defaultServicePorts());

    public StackPorts {
        services = Map.copyOf(services);
        if (!services.keySet().containsAll(List.of(StackService.values()))) {
            throw new IllegalArgumentException("a port for every service is needed, got " + services.keySet());
        }
    }

    /**
     * Nine consecutive ports from {@code base}: the services in summary order, then registry, broker and
     * controller. For a second stack beside the default one, or a machine where the defaults are taken.
     */
    public static StackPorts fromBase(int base) {
        StackService[] all = StackService.values();
        if (base < 1024 || base + all.length + 3 > 65535) {
            throw new IllegalArgumentException("base port must be between 1024 and " + (65535 - all.length - 3)
                    + ", was " + base);
        }
        Map<StackService, Integer> services = new EnumMap<>(StackService.class);
        for (StackService service : all) {
            services.put(service, base + service.ordinal());
        }
        return new StackPorts(base + all.length + 1, base + all.length + 2, base + all.length, services);
    }

    public int service(StackService service) {
        return services.get(service);
    }

    /** Each port with what needs it, for the port check's message. */
    public List<PortUse> uses() {
        List<PortUse> uses = new ArrayList<>();
        uses.add(new PortUse(broker, "the Kafka broker"));
        uses.add(new PortUse(controller, "the Kafka controller"));
        uses.add(new PortUse(registry, "the schema registry"));
        for (StackService service : StackService.values()) {
            uses.add(new PortUse(service(service), "the " + service.moduleName()));
        }
        return uses;
    }

    /** A port and, in words, what listens on it. */
    public record PortUse(int port, String purpose) {
    }

    private static Map<StackService, Integer> defaultServicePorts() {
        Map<StackService, Integer> ports = new EnumMap<>(StackService.class);
        for (StackService service : StackService.values()) {
            ports.put(service, service.defaultPort());
        }
        return ports;
    }
}
