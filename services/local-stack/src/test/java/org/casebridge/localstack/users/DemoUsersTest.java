package org.casebridge.localstack.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.casebridge.localstack.StackService;
import org.casebridge.platform.directory.AgencyDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DemoUsersTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsPasswordsForTheOperatorOnlyAndHashesForTheServices() throws Exception {
        DemoUsers users = DemoUsers.ensure(dataDir);

        Path list = dataDir.resolve("demo-users.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list))).isEqualTo("rw-------");
        String password = passwordOf(list, "wang.jianguo");
        JsonNode police = new ObjectMapper(new YAMLFactory()).readTree(users.serviceConfig(StackService.POLICE).toFile())
                .at("/casebridge/security/users");
        JsonNode account = police.get(0);
        assertThat(account.get("username").asText()).isEqualTo("wang.jianguo");
        assertThat(account.get("name").asText()).isEqualTo("王建国");
        assertThat(account.get("unit").asText()).isEqualTo("POLICE:150203");
        assertThat(Files.readString(users.serviceConfig(StackService.POLICE))).doesNotContain(password);
        assertThat(new BCryptPasswordEncoder().matches(password,
                account.get("password-hash").asText().substring("{bcrypt}".length()))).isTrue();
    }

    @Test
    void aRestartKeepsThePasswords() throws Exception {
        DemoUsers.ensure(dataDir);
        String before = Files.readString(dataDir.resolve("demo-users.txt"));

        DemoUsers again = DemoUsers.ensure(dataDir);

        assertThat(Files.readString(dataDir.resolve("demo-users.txt"))).isEqualTo(before);
        assertThat(again.credentials(StackService.FORESTRY)).contains("zhang.xiaoming/" + passwordOf(
                dataDir.resolve("demo-users.txt"), "zhang.xiaoming"));
    }

    @Test
    void aDataDirectoryOfAnEarlierLauncherKeepsItsPasswordsAndGetsOnesForTheAccountsAddedSince() throws Exception {
        DemoUsers.ensure(dataDir);
        Path list = dataDir.resolve("demo-users.txt");
        String police = passwordOf(list, "wang.jianguo");
        Files.writeString(list, String.join("\n", Files.readAllLines(list).stream()
                .filter(line -> !line.startsWith(StackService.PROCURATORATE.shortName() + " ")).toList()) + "\n");

        DemoUsers again = DemoUsers.ensure(dataDir);

        assertThat(passwordOf(list, "wang.jianguo")).isEqualTo(police);
        assertThat(again.credentials(StackService.PROCURATORATE)).matches("zhou\\.jian/\\w{12}, ma\\.li/\\w{12}")
                .contains("zhou.jian/" + passwordOf(list, "zhou.jian"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list))).isEqualTo("rw-------");
        JsonNode procuratorate = new ObjectMapper(new YAMLFactory())
                .readTree(again.serviceConfig(StackService.PROCURATORATE).toFile()).at("/casebridge/security/users");
        assertThat(procuratorate).extracting(user -> user.get("unit").asText())
                .containsExactly("PROCURATORATE:150200", "PROCURATORATE:150800");
    }

    @Test
    void everyServiceHasADemoAccount() {
        assertThat(DemoAccount.ALL).extracting(DemoAccount::service).contains(StackService.values());
    }

    @Test
    void everyAccountBelongsToAUnitOfTheDirectoryOfItsServicesKind() {
        AgencyDirectory directory = AgencyDirectory.bundled();
        Map<StackService, List<String>> kinds = Map.of(StackService.FORESTRY, List.of("FORESTRY"),
                StackService.NATURAL_RESOURCES, List.of("NATURAL_RESOURCES"), StackService.POLICE, List.of("POLICE"),
                StackService.COURT, List.of("COURT"), StackService.PROCURATORATE, List.of("PROCURATORATE"),
                StackService.AUDIT, List.of("PROCURATORATE"));

        assertThat(DemoAccount.ALL).allSatisfy(account -> {
            assertThat(directory.find(account.unit())).as(account.unit()).isPresent();
            assertThat(kinds.get(account.service())).contains(account.unit().substring(0, account.unit().indexOf(':')));
        });
    }

    @Test
    void statusShowsNothingBeforeTheFirstStart() {
        assertThat(DemoUsers.load(dataDir).credentials(StackService.POLICE)).isEqualTo("-");
    }

    private static String passwordOf(Path list, String username) throws Exception {
        return Files.readAllLines(list).stream().filter(l -> l.contains(" " + username + " "))
                .map(l -> l.split(" ")[2]).findFirst().orElseThrow();
    }
}
