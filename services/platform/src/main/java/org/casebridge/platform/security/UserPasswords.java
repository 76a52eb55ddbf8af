package org.casebridge.platform.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Makes the {@code password-hash} of a local user: reads a password (without echo from a terminal, else one line
 * of standard input) and prints its bcrypt hash with the {@code {bcrypt}} prefix. Nothing is stored.
 * <pre>{@code java -cp <platform and spring-security-crypto jars> org.casebridge.platform.security.UserPasswords}</pre>
 */
public final class UserPasswords {

    /** Spring Security's default cost; about 0.1 s per check here, paid on every Basic-authenticated request. */
    static final int STRENGTH = 10;

    private UserPasswords() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = readPassword();
        if (password == null || password.length == 0) {
            System.err.println("No password given");
            System.exit(2);
        }
        System.out.println(hash(new String(password)));
    }

    /** The {@code password-hash} value for a password: {@code {bcrypt}$2a$10$...}. */
    static String hash(String password) {
        return "{bcrypt}" + new BCryptPasswordEncoder(STRENGTH).encode(password);
    }

    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("Password: ");
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
