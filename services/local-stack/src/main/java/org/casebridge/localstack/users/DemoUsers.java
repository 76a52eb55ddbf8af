package org.casebridge.localstack.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casebridge.localstack.StackService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo accounts of the local stack. Passwords are made on the first start, kept for the operator in
 * {@code <data-dir>/demo-users.txt} (owner-only) and given to each service only as bcrypt hashes, in a
 * configuration file {@code <data-dir>/config/<service>-users.yml} that the service reads in addition to its
 * own. Nothing of it is in the repository; {@code --reset} makes new ones. An account added to the launcher
 * after a data directory was made (a new service's) gets its password on the first start that knows it, added to
 * the list, so the directory needs no reset.
 */
public final class DemoUsers {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 12;

    private final Path root;
    private final Map<String, String> passwords;

    private DemoUsers(Path root, Map<String, String> passwords) {
        this.root = root;
        this.passwords = passwords;
    }

    /**
     * Reads the demo accounts of a data directory, creating passwords the first time (and for accounts the list
     * does not hold yet), and writes the service files.
     */
    public static DemoUsers ensure(Path dataDir) {
        Path list = dataDir.resolve("demo-users.txt");
        try {
            if (!Files.exists(list)) {
                create(list);
            }
            Map<String, String> passwords = read(list);
            addMissing(list, passwords);
            DemoUsers users = new DemoUsers(dataDir, passwords);
            for (StackService service : StackService.values()) {
                users.writeServiceConfig(service);
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo users in " + dataDir, e);
        }
    }

    /** The accounts of a data directory as they are, without creating any (for {@code status}). */
    public static DemoUsers load(Path dataDir) {
        Path list = dataDir.resolve("demo-users.txt");
        try {
            return new DemoUsers(dataDir, Files.exists(list) ? read(list) : Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list, e);
        }
    }

    /** The file a service reads its accounts from ({@code --spring.config.additional-location}). */
    public Path serviceConfig(StackService service) {
        return root.resolve("config").resolve(service.shortName() + "-users.yml");
    }

    /** {@code user/password, ...} of a service, for the summary table. */
    public String credentials(StackService service) {
        String credentials = accounts(service).stream().filter(a -> passwords.containsKey(a.username()))
                .map(a -> a.username() + "/" + passwords.get(a.username())).collect(Collectors.joining(", "));
        return credentials.isEmpty() ? "-" : credentials;
    }

    /**
     * The password of a demo account, for logging in with HTTP Basic.
     *
     * @throws IllegalArgumentException when the data directory has no such account
     */
    public String password(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalArgumentException("no demo user '" + username + "' in " + root.resolve("demo-users.txt"));
        }
        return password;
    }

    /**
     * The agency unit a demo account acts for, e.g. {@code POLICE:150203}.
     *
     * @throws IllegalArgumentException when there is no such demo account
     */
    public static String unit(String username) {
        return DemoAccount.ALL.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user '" + username + "'")).unit();
    }

    private void writeServiceConfig(StackService service) throws IOException {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        StringBuilder yaml = new StringBuilder("# Made by the local stack from demo-users.txt; do not edit.\n")
                .append("casebridge:\n  security:\n    users:\n");
        for (DemoAccount account : accounts(service)) {
            yaml.append("      - username: ").append(account.username()).append('\n')
                .append("        password-hash: \"{bcrypt}").append(bcrypt.encode(passwords.get(account.username())))
                .append("\"\n")
                .append("        name: ").append(account.name()).append('\n')
                .append("        unit: ").append(account.unit()).append('\n')
                .append("        roles: [").append(String.join(", ", account.roles())).append("]\n");
        }
        Files.createDirectories(serviceConfig(service).getParent());
        Files.writeString(serviceConfig(service), yaml, StandardCharsets.UTF_8);
    }

    private static List<DemoAccount> accounts(StackService service) {
        return DemoAccount.ALL.stream().filter(a -> a.service() == service).toList();
    }

    /** The list with its header only, owner-only from the start. */
    private static void create(Path list) throws IOException {
        Files.createDirectories(list.getParent());
        Files.createFile(list, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(list, "# service username password unit roles (local demo only)\n", StandardCharsets.UTF_8);
    }

    /** Makes a password for every account {@code passwords} lacks and appends it to the list. */
    private static void addMissing(Path list, Map<String, String> passwords) throws IOException {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (DemoAccount account : DemoAccount.ALL) {
            if (passwords.containsKey(account.username())) {
                continue;
            }
            String password = random.ints(PASSWORD_LENGTH, 0, ALPHABET.length())
                    .mapToObj(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining());
            passwords.put(account.username(), password);
            text.append(String.join(" ", account.service().shortName(), account.username(), password, account.unit(),
                    String.join(",", account.roles()))).append('\n');
        }
        if (!text.isEmpty()) {
            Files.writeString(list, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static Map<String, String> read(Path list) throws IOException {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            if (!line.startsWith("#") && fields.length >= 3) {
                passwords.put(fields[1], fields[2]);
            }
        }
        return passwords;
    }
}
