package org.baton.web.zones;

import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.People;
import org.baton.zones.AreaId;
import org.baton.zones.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Am I allowed to?": for an area, and the home base or mission one acts from, the zone that applies, who
 * decides, who must be informed, whether a principle must be cited, and why. A plain GET form, so an answer
 * can be linked.
 */
@Controller
class AllowedController {

    private final Zones zones;
    private final People people;
    private final Holders holders;

    AllowedController(Zones zones, People people, Holders holders) {
        this.zones = zones;
        this.people = people;
        this.holders = holders;
    }

    @GetMapping("/allowed")
    String allowed(
            @SignedIn Caller caller, @ModelAttribute("form") AllowedForm form, BindingResult result, Model model) {
        var org = caller.organizationId();
        model.addAttribute("areas", zones.all(org));
        model.addAttribute("homeBases", holders.homeBases(org));
        model.addAttribute("missions", holders.openMissions(org));
        if (form.getAreaId() != null && !result.hasErrors()) {
            var area = zones.find(org, new AreaId(form.getAreaId()));
            if (area.isEmpty()) {
                result.rejectValue("areaId", "area.unknown", "No such decision area in this organization.");
            } else {
                var route = zones.route(
                        org,
                        area.get().id(),
                        caller.personId(),
                        form.getHomeBaseId() == null ? null : new HomeBaseId(form.getHomeBaseId()),
                        form.getMissionId() == null ? null : new MissionId(form.getMissionId()));
                model.addAttribute("route", route);
                model.addAttribute("deciders", people.all(org, route.deciders()));
                model.addAttribute("informed", people.all(org, route.informed()));
                model.addAttribute("centre", zones.centre(org));
            }
        }
        return "zones/allowed";
    }
}
