package org.casebridge.localstack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The parsed command line of {@code ./casebridge}.
 *
 * @param command    what to do
 * @param dataDir    where every file of the stack lives
 * @param reset      wipe the data directory before starting
 * @param partitions partitions of every topic the stack creates
 * @param ports      where each part listens
 * @param demo       seed the demo scenario through the services' APIs once everything is healthy
 */
public record StackOptions(Command command, Path dataDir, boolean reset, int partitions, StackPorts ports,
                           boolean demo) {

    public static final int DEFAULT_PARTITIONS = 6;
    private static final int MAX_PARTITIONS = 1000;

    public static final String USAGE = """
            usage: ./casebridge up     [--data-dir DIR] [--reset] [--partitions N] [--base-port P] [--no-build] [--demo]
                   ./casebridge stop   [--data-dir DIR]
                   ./casebridge status [--data-dir DIR] [--base-port P]

              --data-dir DIR   every file of the stack (default: .casebridge in the repository)
              --reset          wipe the data directory first: topics, schemas, keys, service data, logs
              --partitions N   partitions of each topic created (default 6)
              --base-port P    listen on P..P+8 (services, registry, broker, controller) instead of
                               8081-8086, 8090, 9092, 9093
              --no-build       start what was built last (the script skips its mvn package)
              --demo           once healthy, seed demo referrals through the REST APIs (idempotent:
                               a second run on the same data directory creates nothing new)
            """;

    /**
     * Parses {@code args}; a relative {@code --data-dir} is taken from the working directory.
     *
     * @param defaultDataDir the data directory when none is given
     * @throws BadArgumentsException naming the offending argument
     */
    public static StackOptions parse(List<String> args, Path defaultDataDir) {
        Deque<String> rest = new ArrayDeque<>(args);
        Command command = command(rest.poll());
        Path dataDir = defaultDataDir;
        boolean reset = false;
        int partitions = DEFAULT_PARTITIONS;
        StackPorts ports = StackPorts.DEFAULT;
        boolean demo = false;
        while (!rest.isEmpty()) {
            String option = rest.poll();
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value(option, rest));
                case "--reset" -> reset = onlyFor(Command.UP, command, option);
                case "--partitions" -> partitions = number(option, value(option, rest), 1, MAX_PARTITIONS);
                case "--base-port" -> ports = StackPorts.fromBase(number(option, value(option, rest), 1024, 65526));
                case "--demo" -> demo = onlyFor(Command.UP, command, option);
                default -> throw new BadArgumentsException("unknown option '" + option + "'");
            }
        }
        return new StackOptions(command, dataDir.toAbsolutePath().normalize(), reset, partitions, ports, demo);
    }

    private static Command command(String word) {
        if (word == null) {
            throw new BadArgumentsException("no command given");
        }
        return switch (word) {
            case "up" -> Command.UP;
            case "stop" -> Command.STOP;
            case "status" -> Command.STATUS;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new BadArgumentsException("unknown command '" + word + "'");
        };
    }

    private static String value(String option, Deque<String> rest) {
        String value = rest.poll();
        if (value == null || value.startsWith("--")) {
            throw new BadArgumentsException(option + " needs a value");
        }
        return value;
    }

    private static boolean onlyFor(Command allowed, Command given, String option) {
        if (given != allowed) {
            throw new BadArgumentsException(option + " only goes with '" + allowed.name().toLowerCase() + "'");
        }
        return true;
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the range.
        }
        throw new BadArgumentsException(option + " must be a whole number from " + min + " to " + max
                + ", was '" + value + "'");
    }

    /** A command line {@code ./casebridge} does not understand; the launcher prints it with the usage. */
    public static final class BadArgumentsException extends StackException {
        BadArgumentsException(String message) {
            super(message);
        }
    }
}
