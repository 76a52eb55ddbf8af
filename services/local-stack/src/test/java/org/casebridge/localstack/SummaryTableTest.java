package org.casebridge.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casebridge.localstack.users.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @Test
    void listsBrokerRegistryAndEveryServiceWithTheirUrls(@TempDir Path dataDir) {
        List<List<String>> rows = SummaryTable.rows(StackPorts.fromBase(20000), DemoUsers.load(dataDir));

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("kafka", "registry", "forestry",
                "natural-resources", "police", "court", "procuratorate", "audit");
        assertThat(rows.get(4)).containsExactly("police", "http://127.0.0.1:20002",
                "http://127.0.0.1:20002/actuator/health", "http://127.0.0.1:20002/swagger-ui.html", "-");
        assertThat(rows.get(6)).containsExactly("procuratorate", "http://127.0.0.1:20004",
                "http://127.0.0.1:20004/actuator/health", "http://127.0.0.1:20004/swagger-ui.html", "-");
        assertThat(rows.get(1).get(1)).isEqualTo("http://127.0.0.1:20006/apis/ccompat/v7");
    }

    @Test
    void showsEachServicesDemoUsersWithTheirPasswords(@TempDir Path dataDir) {
        DemoUsers.ensure(dataDir);

        List<List<String>> rows = SummaryTable.rows(StackPorts.fromBase(20000), DemoUsers.load(dataDir));

        assertThat(rows.get(4).get(4)).matches("wang\\.jianguo/\\w{12}, sun\\.li/\\w{12}, zhou\\.qiang/\\w{12}, wu\\.min/\\w{12}");
        assertThat(rows.get(6).get(4)).matches("zhou\\.jian/\\w{12}, ma\\.li/\\w{12}");
        assertThat(rows.get(0).get(4)).isEqualTo("-");
    }

    @Test
    void alignsColumnsUnderTheHeader() {
        String table = SummaryTable.render(List.of("a", "bb"), List.of(List.of("long", "x"), List.of("s", "y")));

        assertThat(table.lines()).containsExactly("a     bb", "----  --", "long  x", "s     y");
    }
}
