package org.baton.web.principles;

import java.util.Optional;
import java.util.UUID;
import org.baton.principles.ChangeProposal;
import org.baton.web.support.StepRunner;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a person who may not change a value or principle directly is sent instead: the governance body's
 * proposal form, filled in with the change they were about to make, and a notice that says why.
 */
final class Proposing {

    private Proposing() {}

    static String guide(RedirectAttributes redirect, ChangeProposal.Kind kind, UUID valueId, UUID principleId) {
        return StepRunner.redirect(redirect, "authority.guide.values", link(kind, valueId, principleId));
    }

    /** The link a page offers in place of a direct edit. */
    static String link(ChangeProposal.Kind kind, UUID valueId, UUID principleId) {
        return UriComponentsBuilder.fromPath("/governance")
                .queryParam("kind", kind)
                .queryParamIfPresent("valueId", Optional.ofNullable(valueId))
                .queryParamIfPresent("principleId", Optional.ofNullable(principleId))
                .fragment("propose")
                .build()
                .toUriString();
    }
}
