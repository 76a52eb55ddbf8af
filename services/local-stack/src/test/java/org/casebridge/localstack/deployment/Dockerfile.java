package org.casebridge.localstack.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The instructions of a Dockerfile, continuation lines joined and comments dropped. */
final class Dockerfile {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private final List<Instruction> instructions;

    private Dockerfile(List<Instruction> instructions) {
        this.instructions = List.copyOf(instructions);
    }

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder logicalLine = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && logicalLine.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                logicalLine.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logicalLine.append(trimmed);
            String[] parts = logicalLine.toString().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            logicalLine.setLength(0);
        }
        return new Dockerfile(instructions);
    }

    /** The image of every stage, with {@code ${ARG}} replaced by the default of an ARG declared before the first FROM. */
    List<String> baseImages() {
        Map<String, String> globalArgs = new HashMap<>();
        List<String> images = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("ARG") && images.isEmpty()) {
                String[] declaration = instruction.arguments().split("=", 2);
                globalArgs.put(declaration[0], declaration.length > 1 ? declaration[1] : "");
            } else if (instruction.keyword().equals("FROM")) {
                String image = instruction.arguments().split("\\s+")[0];
                Matcher reference = ARG_REFERENCE.matcher(image);
                images.add(reference.replaceAll(match -> Matcher.quoteReplacement(globalArgs.getOrDefault(match.group(1), ""))));
            }
        }
        return images;
    }

    /** The instructions of the last stage: what the image that runs is made of. */
    List<Instruction> finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                lastFrom = i;
            }
        }
        return instructions.subList(lastFrom, instructions.size());
    }

    List<Instruction> instructions() {
        return instructions;
    }
}
