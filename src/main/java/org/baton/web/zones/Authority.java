package org.baton.web.zones;

import org.baton.accounts.Caller;
import org.baton.shared.OrganizationChange;
import org.baton.zones.Zones;
import org.springframework.ui.Model;

/**
 * What the zones pages show of who may change the centre, areas, zones and mandates: whether the viewer changes
 * them directly (the admin acting for a centre not appointed yet), proposes them to the centre, or neither (no
 * centre yet and not the admin), and a notice that says which.
 */
final class Authority {

    private Authority() {}

    static void show(Model model, Caller caller, Zones zones) {
        var org = caller.organizationId();
        boolean direct = zones.mayChangeDirectly(org, caller.admin());
        boolean centre = zones.centreExists(org);
        model.addAttribute("mayChangeDirectly", direct);
        model.addAttribute("mayPropose", !direct && centre);
        model.addAttribute(
                "authorityNotice",
                "authority.notice."
                        + (direct
                                ? "actsForCentre"
                                : zones.process(org, OrganizationChange.CENTRE).name()));
    }
}
