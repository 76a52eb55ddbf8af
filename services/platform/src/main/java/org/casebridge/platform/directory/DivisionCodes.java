package org.casebridge.platform.directory;

import java.util.regex.Pattern;

/** GB/T 2260 codes: two digits of province, two of city, two of county; trailing zero pairs name the level. */
final class DivisionCodes {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private DivisionCodes() {
    }

    static boolean isWellFormed(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches() && !code.startsWith("00");
    }

    /** The digits every covered code starts with: {@code 15} for 150000, {@code 1502} for 150200. */
    static String prefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
