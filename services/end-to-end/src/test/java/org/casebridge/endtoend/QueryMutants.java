package org.casebridge.endtoend;

import java.util.List;

/**
 * Hostile values for query parameters and path segments, as they go on the wire (percent-escapes included):
 * wrong types, out of range, unknown or padded enum names, impossible and implausible dates, control characters,
 * invalid UTF-8, injection attempts and an overlong value.
 */
final class QueryMutants {

    static final List<String> VALUES = List.of("", "-1", "0", "2147483648", "99999999999999999999", "1.5", "1e3",
            "2147483647", "abc", "true", "%00", "%C0%AF", "%FF%FE", "%E6%9E%97", "%27%20or%201%3D1%20--", "SUBMITTED%20", "submitted",
            "%0D%0AX-Injected:%201", "2026-02-30", "%2B99999-01-01", "1997-09-30", "a".repeat(10_000));

    /** Path segments that name no case, each malformed in its own way. */
    static final List<String> IDS = List.of("x", "%2e%2e", "%00", "%C0%AF", "%E6%9E%97", "..%2F..%2Fetc",
            "RF-150203-2026-" + "9".repeat(2_000), "%27%20or%201%3D1%20--");

    private QueryMutants() {
    }
}
