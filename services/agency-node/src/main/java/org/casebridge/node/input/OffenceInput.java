package org.casebridge.node.input;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.casebridge.contracts.common.Offence;

/**
 * A suspected offence as a request gives it.
 *
 * @param article   the Criminal Law article, e.g. 345 (the law has 452)
 * @param paragraph its paragraph (款), 1 to 20; optional
 */
public record OffenceInput(@NotNull @Positive @Max(452) Integer article, @Positive @Max(20) Integer paragraph,
                           @NotBlank String description) {

    public Offence toContract() {
        return Offence.newBuilder().setArticle(article).setParagraph(paragraph).setDescription(description).build();
    }
}
