package org.casebridge.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.casebridge.localstack.broker.KafkaBroker;
import org.casebridge.localstack.registry.RegistryServer;
import org.casebridge.localstack.service.ServiceLauncher;
import org.casebridge.localstack.users.DemoUsers;

/** The one table {@code up} prints once everything is healthy: where each part answers. */
final class SummaryTable {

    static final List<String> HEADER = List.of("service", "URL", "health", "OpenAPI", "demo users (user/password)");
    private static final String NONE = "-";

    private SummaryTable() {
    }

    /** One row per part, in start order: broker, registry, then the services. */
    static List<List<String>> rows(StackPorts ports, DemoUsers users) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(KafkaBroker.NAME, "127.0.0.1:" + ports.broker(), "(admin API: describeCluster)", NONE, NONE));
        rows.add(List.of(RegistryServer.NAME, RegistryServer.url(ports), RegistryServer.healthUrl(ports), NONE, NONE));
        for (StackService service : StackService.values()) {
            String url = ServiceLauncher.url(ports, service);
            rows.add(List.of(service.shortName(), url, ServiceLauncher.healthUrl(ports, service),
                    url + "/swagger-ui.html", users.credentials(service)));
        }
        return rows;
    }

    /** Left-aligned columns two spaces apart, a header and a rule. */
    static String render(List<String> header, List<List<String>> rows) {
        int[] widths = IntStream.range(0, header.size())
                .map(column -> rows.stream().mapToInt(row -> row.get(column).length())
                        .reduce(header.get(column).length(), Math::max))
                .toArray();
        List<String> lines = new ArrayList<>();
        lines.add(line(header, widths));
        lines.add(line(IntStream.of(widths).mapToObj("-"::repeat).toList(), widths));
        rows.forEach(row -> lines.add(line(row, widths)));
        return String.join(System.lineSeparator(), lines);
    }

    private static String line(List<String> cells, int[] widths) {
        return IntStream.range(0, cells.size())
                .mapToObj(i -> i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s", cells.get(i)))
                .collect(Collectors.joining("  "));
    }
}
