package org.casebridge.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void listsBrokerRegistryAndEveryServiceWithTheirUrls() {
        List<List<String>> rows = SummaryTable.rows(StackPorts.fromBase(20000));

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("kafka", "registry", "forestry",
                "natural-resources", "police", "court", "audit");
        assertThat(rows.get(4)).containsExactly("police", "http://127.0.0.1:20002",
                "http://127.0.0.1:20002/actuator/health", "http://127.0.0.1:20002/swagger-ui.html", "-");
        assertThat(rows.get(1).get(1)).isEqualTo("http://127.0.0.1:20005/apis/ccompat/v7");
    }

    @Test
    void alignsColumnsUnderTheHeader() {
        String table = SummaryTable.render(List.of("a", "bb"), List.of(List.of("long", "x"), List.of("s", "y")));

        assertThat(table.lines()).containsExactly("a     bb", "----  --", "long  x", "s     y");
    }
}
