package org.baton.web.principles;

import org.baton.shared.OrganizationChange;
import org.springframework.ui.Model;

/**
 * What the coherence pages show of who may change the values and principles: the direct edit buttons only to
 * the admin acting for a body not appointed yet, "propose a change" to everyone else, and a notice saying which.
 */
final class Authority {

    private Authority() {}

    static void show(Model model, boolean mayChangeDirectly, OrganizationChange.Process process) {
        model.addAttribute("mayChangeDirectly", mayChangeDirectly);
        model.addAttribute(
                "authorityNotice", "authority.notice." + (mayChangeDirectly ? "actsForBody" : process.name()));
    }
}
