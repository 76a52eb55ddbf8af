package org.casebridge.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.casebridge.localstack.StackOptions.BadArgumentsException;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path DEFAULT_DIR = Path.of("repo", ".casebridge");

    private static StackOptions parse(String... args) {
        return StackOptions.parse(List.of(args), DEFAULT_DIR);
    }

    @Test
    void upWithoutOptionsUsesTheDefaults() {
        StackOptions options = parse("up");

        assertThat(options.command()).isEqualTo(Command.UP);
        assertThat(options.dataDir()).isEqualTo(DEFAULT_DIR.toAbsolutePath());
        assertThat(options.reset()).isFalse();
        assertThat(options.demo()).isFalse();
        assertThat(options.partitions()).isEqualTo(6);
        assertThat(options.ports()).isEqualTo(StackPorts.DEFAULT);
        assertThat(options.ports().broker()).isEqualTo(9092);
        assertThat(options.ports().service(StackService.POLICE)).isEqualTo(8083);
        assertThat(options.ports().service(StackService.PROCURATORATE)).isEqualTo(8086);
        assertThat(options.ports().service(StackService.AUDIT)).isEqualTo(8085);
    }

    @Test
    void readsEveryOptionOfUp() {
        StackOptions options = parse("up", "--data-dir", "elsewhere", "--reset", "--partitions", "3",
                "--base-port", "20000", "--demo");

        assertThat(options.dataDir()).isEqualTo(Path.of("elsewhere").toAbsolutePath());
        assertThat(options.reset()).isTrue();
        assertThat(options.partitions()).isEqualTo(3);
        assertThat(options.demo()).isTrue();
        assertThat(options.ports().service(StackService.FORESTRY)).isEqualTo(20000);
        assertThat(options.ports().service(StackService.PROCURATORATE)).isEqualTo(20004);
        assertThat(options.ports().service(StackService.AUDIT)).isEqualTo(20005);
        assertThat(options.ports().registry()).isEqualTo(20006);
        assertThat(options.ports().broker()).isEqualTo(20007);
        assertThat(options.ports().controller()).isEqualTo(20008);
    }

    @Test
    void readsStopAndStatusWithADataDirectory() {
        assertThat(parse("stop", "--data-dir", "x").command()).isEqualTo(Command.STOP);
        assertThat(parse("status").command()).isEqualTo(Command.STATUS);
        assertThat(parse("--help").command()).isEqualTo(Command.HELP);
    }

    @Test
    void rejectsAMissingOrUnknownCommand() {
        assertThatThrownBy(() -> parse()).isInstanceOf(BadArgumentsException.class).hasMessageContaining("no command");
        assertThatThrownBy(() -> parse("start")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("'start'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> parse("up", "--rest")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("'--rest'");
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> parse("up", "--data-dir")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> parse("up", "--partitions", "--reset")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--partitions needs a value");
    }

    @Test
    void rejectsPartitionsOutOfRangeOrNotANumber() {
        assertThatThrownBy(() -> parse("up", "--partitions", "0")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("from 1 to 1000").hasMessageContaining("'0'");
        assertThatThrownBy(() -> parse("up", "--partitions", "six")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("'six'");
    }

    @Test
    void rejectsABasePortWhoseRangeDoesNotFit() {
        assertThatThrownBy(() -> parse("up", "--base-port", "80")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--base-port");
        assertThatThrownBy(() -> parse("up", "--base-port", "65530")).isInstanceOf(BadArgumentsException.class);
        assertThatThrownBy(() -> parse("up", "--base-port", "65527")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("from 1024 to 65526");
        assertThat(parse("up", "--base-port", "65526").ports().controller()).isEqualTo(65534);
    }

    @Test
    void rejectsResetForAnythingButUp() {
        assertThatThrownBy(() -> parse("stop", "--reset")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--reset only goes with 'up'");
    }

    @Test
    void rejectsDemoForAnythingButUp() {
        assertThatThrownBy(() -> parse("status", "--demo")).isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--demo only goes with 'up'");
    }

    @Test
    void usageNamesTheDemoOption() {
        assertThat(StackOptions.USAGE).contains("[--demo]").contains("--demo           once healthy");
    }
}
