package org.casebridge.contracts.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebridge.contracts.TopicCatalogue;
import org.junit.jupiter.api.Test;

class EventsMarkdownTest {

    @Test
    void committedEventsDocumentMatchesTheContracts() throws IOException {
        String committed = Files.readString(Path.of("../docs/events.md"), StandardCharsets.UTF_8);

        assertThat(committed)
                .as("docs/events.md is stale: run mvn -pl schemas compile exec:java@events-doc")
                .isEqualTo(EventsMarkdown.render());
    }

    @Test
    void documentsEveryEventAndEverySharedRecord() {
        String doc = EventsMarkdown.render();

        TopicCatalogue.events().forEach(e -> assertThat(doc).contains("### " + e.simpleName() + "\n"));
        assertThat(doc).contains("### EventMeta", "### AgencyRef", "### Location", "### Quantities",
                "### DocumentRef", "### EvidenceItem", "### Party", "### Offence", "### HandlingCode");
        assertThat(doc).contains("| `idNumber` 🔒 |");
    }
}
