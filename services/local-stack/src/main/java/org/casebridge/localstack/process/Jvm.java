package org.casebridge.localstack.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs, run by the same JDK as the launcher. */
public final class Jvm {

    private Jvm() {
    }

    /** {@code java <flags> <rest>}, with the launcher's own {@code java} executable. */
    public static List<String> command(List<String> flags, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of(rest));
        return command;
    }
}
