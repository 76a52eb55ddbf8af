package org.casebridge.localstack.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every docker-compose.yml of CaseBridge must keep, as a list of problems (empty when it keeps them
 * all), so a test can show each rule failing on a broken document as well as passing on the real one.
 */
final class ComposeChecker {

    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL");
    /** {@code ${NAME:?message}} or {@code ${NAME}}: a value compose must be given, never a default. */
    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(:\\?[^}]*)?}");
    private static final Pattern JAAS_PASSWORD = Pattern.compile("password=\"([^\"]*)\"");

    private final Function<String, ServiceConfiguration> configurationOfModule;

    /** @param configurationOfModule what a service module reads, by module name (the image's {@code SERVICE} build arg) */
    ComposeChecker(Function<String, ServiceConfiguration> configurationOfModule) {
        this.configurationOfModule = configurationOfModule;
    }

    List<String> check(String composeYaml) {
        List<String> problems = new ArrayList<>();
        Map<String, String> hostPorts = new HashMap<>();
        YamlDocuments.map(YamlDocuments.single(composeYaml), "services").forEach((name, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) definition;
            checkOperations(name, service, problems);
            checkDependencies(name, service, problems);
            checkPorts(name, service, hostPorts, problems);
            checkSecrets(name, service, problems);
            checkServiceEnvironment(name, service, problems);
        });
        return problems;
    }

    /** Healthcheck, restart policy and memory limit; a one-shot job (restart "no") signals by finishing instead. */
    private static void checkOperations(String name, Map<String, Object> service, List<String> problems) {
        Object restart = service.get("restart");
        if (restart == null) {
            problems.add(name + ": no restart policy");
        }
        boolean oneShot = "no".equals(restart);
        if (!oneShot && YamlDocuments.map(service, "healthcheck").get("test") == null) {
            problems.add(name + ": no healthcheck");
        }
        Object memory = YamlDocuments.map(YamlDocuments.map(YamlDocuments.map(service, "deploy"), "resources"), "limits")
                .get("memory");
        if (memory == null && service.get("mem_limit") == null) {
            problems.add(name + ": no memory limit");
        }
    }

    private static void checkDependencies(String name, Map<String, Object> service, List<String> problems) {
        Object dependsOn = service.get("depends_on");
        if (dependsOn == null) {
            return;
        }
        if (!(dependsOn instanceof Map<?, ?> dependencies)) {
            problems.add(name + ": depends_on lists services without a condition: " + dependsOn);
            return;
        }
        dependencies.forEach((dependency, settings) -> {
            if (!(settings instanceof Map<?, ?> map) || map.get("condition") == null) {
                problems.add(name + ": depends_on " + dependency + " has no condition");
            }
        });
    }

    private static void checkPorts(String name, Map<String, Object> service, Map<String, String> hostPorts,
                                   List<String> problems) {
        Object ports = service.get("ports");
        if (!(ports instanceof List<?> list)) {
            return;
        }
        for (Object port : list) {
            String hostPort = hostPort(port);
            if (hostPort == null) {
                continue;
            }
            String previous = hostPorts.putIfAbsent(hostPort, name);
            if (previous != null) {
                problems.add(name + ": host port " + hostPort + " is already published by " + previous);
            }
        }
    }

    /** The published host port and protocol of a port entry ({@code [ip:]host:container[/proto]} or long form), null if none. */
    static String hostPort(Object port) {
        if (port instanceof Map<?, ?> longForm) {
            Object published = longForm.get("published");
            Object protocol = longForm.get("protocol");
            return published == null ? null : published + "/" + (protocol == null ? "tcp" : protocol);
        }
        String text = String.valueOf(port);
        String protocol = "tcp";
        int slash = text.indexOf('/');
        if (slash >= 0) {
            protocol = text.substring(slash + 1);
            text = text.substring(0, slash);
        }
        String[] parts = text.split(":");
        return parts.length < 2 ? null : parts[parts.length - 2] + "/" + protocol;
    }

    /** A password-like setting must come from .env: a required reference, never a literal or a default. */
    private static void checkSecrets(String name, Map<String, Object> service, List<String> problems) {
        environment(service).forEach((variable, value) -> {
            if (SECRET_NAME.matcher(variable).find() && !REQUIRED_REFERENCE.matcher(value).matches()) {
                problems.add(name + ": " + variable + " is not a required ${...} reference to .env");
            }
            Matcher passwords = JAAS_PASSWORD.matcher(value);
            while (passwords.find()) {
                if (!REQUIRED_REFERENCE.matcher(passwords.group(1)).matches()) {
                    problems.add(name + ": " + variable + " holds a password that is not a required ${...} reference to .env");
                }
            }
        });
    }

    /** Every variable set on a CaseBridge service must be configuration that service reads. */
    private void checkServiceEnvironment(String name, Map<String, Object> service, List<String> problems) {
        Object module = YamlDocuments.map(YamlDocuments.map(service, "build"), "args").get("SERVICE");
        if (module == null) {
            return;
        }
        ServiceConfiguration configuration = configurationOfModule.apply(module.toString());
        environment(service).keySet().stream()
                .filter(variable -> !configuration.reads(variable))
                .forEach(variable -> problems.add(name + ": environment variable " + variable
                        + " is no configuration of " + module));
    }

    /** The service's environment as a map (compose also accepts a list of NAME=value). */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new HashMap<>();
        Object declared = service.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (declared instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return environment;
    }
}
