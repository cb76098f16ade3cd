package org.baton.web.network;

import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.NetworkOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The leadership network's hub (a card per part of it, each leading to its page) and the two systems side by
 * side: the management hierarchy with who sits on the leadership team, the guiding coalition and the urgency
 * group, and which initiatives touch which home bases.
 */
@Controller
class NetworkController {

    private final NetworkOverview overview;

    NetworkController(NetworkOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/network")
    String hub(@SignedIn Caller caller, Model model) {
        model.addAttribute("hub", overview.hub(caller.organizationId()));
        return "network/index";
    }

    @GetMapping("/network/side-by-side")
    String sideBySide(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        var initiatives = overview.initiatives(org);
        model.addAttribute("hierarchy", overview.hierarchy(org));
        model.addAttribute("limit", NetworkOverview.HIERARCHY_LIMIT);
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("homeBases", NetworkOverview.byHomeBase(initiatives));
        return "network/side-by-side";
    }
}
