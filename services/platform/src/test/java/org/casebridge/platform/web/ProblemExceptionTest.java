package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void putsCodeFirstAmongProperties() {
        ConflictException conflict = new ConflictException("STALE_VIEW", "Reload", Map.of("head", "ab12"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.type()).isEqualTo(Problems.CONFLICT);
        assertThat(conflict.properties()).containsExactly(Map.entry("code", "STALE_VIEW"), Map.entry("head", "ab12"));
    }

    @Test
    void refusesPropertyThatWouldReplaceAStandardMember() {
        assertThatThrownBy(() -> new ConflictException("STALE_VIEW", "Reload", Map.of("status", "FILED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'");
    }

    @Test
    void refusesConflictWithoutMachineCode() {
        assertThatThrownBy(() -> new ConflictException(" ", "Reload"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("machine code");
    }

    @Test
    void refusesServerErrorStatus() {
        assertThatThrownBy(() -> new ProblemException(503, "unavailable", null, "down", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("503");
    }
}
