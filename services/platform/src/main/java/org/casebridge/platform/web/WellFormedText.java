package org.casebridge.platform.web;

import java.util.Optional;

/**
 * What any text a caller sends must be: well-formed (no unpaired surrogate, which a {@code \\ud800} escape can
 * smuggle past a UTF-8 check; no control character but tab, line feed and carriage return) and at most
 * {@value #MAX_LENGTH} characters. Bound fields are checked by {@link StrictJson}; free-form JSON a service keeps
 * as it came (a draft's content) is checked with {@link #flaw} by the endpoint that takes it.
 */
public final class WellFormedText {

    public static final int MAX_LENGTH = 20_000;

    private WellFormedText() {
    }

    /** Why the text is not acceptable, or empty when it is. */
    public static Optional<String> flaw(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds an unpaired surrogate at " + i);
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return Optional.of("holds a control character (U+" + String.format("%04X", (int) c) + ") at " + i);
            }
        }
        return Optional.empty();
    }
}
