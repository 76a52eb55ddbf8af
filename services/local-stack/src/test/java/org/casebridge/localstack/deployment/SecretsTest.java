package org.casebridge.localstack.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Credentials reach docker compose only through an uncommitted .env; the repository holds placeholders. */
class SecretsTest {

    private static final String PLACEHOLDER = "change-me";
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?");

    @Test
    void keepsTheEnvFileAndTheKeysOutOfGit() {
        assertThat(Repository.read(".gitignore").lines().map(String::strip)).contains(".env", "secrets/");
    }

    @Test
    void givesOnlyPlaceholderPasswordsInTheExample() {
        Map<String, String> example = envExample();

        assertThat(example).isNotEmpty();
        example.forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                assertThat(value).as(name).isEqualTo(PLACEHOLDER);
            }
        });
    }

    @Test
    void namesInTheExampleEveryVariableComposeRequires() {
        Set<String> required = new TreeSet<>();
        Matcher variables = REQUIRED_VARIABLE.matcher(Repository.read("docker-compose.yml"));
        while (variables.find()) {
            required.add(variables.group(1));
        }

        assertThat(required).contains("KAFKA_ADMIN_PASSWORD", "FORESTRY_KAFKA_PASSWORD", "PROCURATORATE_KAFKA_PASSWORD",
                "PROCURATORATE_DB_PASSWORD", "AUDIT_DB_PASSWORD");
        assertThat(envExample().keySet()).containsAll(required);
    }

    private static Map<String, String> envExample() {
        Map<String, String> variables = new LinkedHashMap<>();
        Repository.read(".env.example").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] pair = line.split("=", 2);
                    variables.put(pair[0], pair.length > 1 ? pair[1] : "");
                });
        return variables;
    }
}
