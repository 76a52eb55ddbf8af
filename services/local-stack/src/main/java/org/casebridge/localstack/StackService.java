package org.casebridge.localstack;

/**
 * The Spring Boot services of the stack, in the order the summary lists them, with their default ports (which
 * follow the order the services were added in, not this one; {@code --base-port} numbers them in this order).
 */
public enum StackService {
    FORESTRY("forestry", 8081),
    NATURAL_RESOURCES("natural-resources", 8082),
    POLICE("police", 8083),
    COURT("court", 8084),
    PROCURATORATE("procuratorate", 8086),
    AUDIT("audit", 8085);

    private final String shortName;
    private final int defaultPort;

    StackService(String shortName, int defaultPort) {
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    /** e.g. {@code natural-resources}: the name in the summary and its folder under the data directory. */
    public String shortName() {
        return shortName;
    }

    /** e.g. {@code natural-resources-service}: the Maven module under {@code services/} and its jar's name. */
    public String moduleName() {
        return shortName + "-service";
    }

    public int defaultPort() {
        return defaultPort;
    }
}
