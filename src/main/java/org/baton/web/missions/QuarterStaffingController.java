package org.baton.web.missions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.Staffing;
import org.baton.development.StaffingWindow;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.shared.NotPermitted;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Staffing a quarter: the missions in staffing (and those proposed) that the viewer may change, proposed together
 * so that nobody is over-allocated across them, each proposal with its own accept button.
 */
@Controller
@RequestMapping("/missions/staffing")
class QuarterStaffingController {

    private final Missions missions;
    private final Staffing staffing;
    private final ProposalViews views;

    QuarterStaffingController(Missions missions, Staffing staffing, ProposalViews views) {
        this.missions = missions;
        this.staffing = staffing;
        this.views = views;
    }

    @GetMapping
    String missions(@SignedIn Caller caller, Model model) {
        var open = staffable(caller);
        var form = new QuarterForm();
        form.setMissionIds(new ArrayList<>(open.stream()
                .filter(m -> StaffingWindow.unsaid(m).isEmpty())
                .map(m -> m.id().value())
                .toList()));
        model.addAttribute("form", form);
        return page(open, List.of(), model);
    }

    /** Proposes people for the chosen missions together; only missions the viewer may staff can be chosen. */
    @PostMapping
    String propose(
            @SignedIn Caller caller,
            @ModelAttribute("form") QuarterForm form,
            BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var open = staffable(caller);
        var chosenIds = result.hasErrors() || form.getMissionIds() == null
                ? List.<UUID>of()
                : List.copyOf(new HashSet<>(form.getMissionIds()));
        var chosen =
                open.stream().filter(m -> chosenIds.contains(m.id().value())).toList();
        List<ProposalView> proposals = List.of();
        if (chosen.isEmpty() || chosen.size() != chosenIds.size()) {
            model.addAttribute("refusal", "staffing.quarter.choose");
        } else {
            try {
                var made = staffing.proposeTogether(
                        caller.organizationId(),
                        chosen.stream().map(Mission::id).toList(),
                        caller.personId());
                proposals = views.of(caller.organizationId(), chosen, made);
            } catch (RuleViolation e) {
                refused(model, e.code(), e.arguments());
            } catch (StateConflict e) {
                refused(model, e.code(), e.arguments());
            } catch (NotPermitted e) {
                refused(model, "staffing.notPermitted", null);
            }
        }
        if (htmx != null) {
            model.addAttribute("proposals", proposals);
            return "missions/staffing-quarter :: proposals";
        }
        return page(open, proposals, model);
    }

    private String page(List<Mission> open, List<ProposalView> proposals, Model model) {
        model.addAttribute("missions", open);
        var unsaid = new HashMap<UUID, String>();
        open.forEach(m -> StaffingWindow.unsaid(m).ifPresent(refusal -> unsaid.put(m.id().value(), refusal.code())));
        model.addAttribute("unsaid", unsaid);
        model.addAttribute("proposals", proposals);
        return "missions/staffing-quarter";
    }

    /** The missions in staffing, then those proposed, that staffing says the viewer may staff. */
    private List<Mission> staffable(Caller caller) {
        var org = caller.organizationId();
        var found = new ArrayList<Mission>();
        for (var status : List.of(MissionStatus.STAFFING, MissionStatus.PROPOSED)) {
            missions.list(org, new MissionFilter(null, status, null), PageRequest.all()).items().stream()
                    .filter(m -> StaffingWindow.openTo(m, caller.personId()))
                    .forEach(found::add);
        }
        return found;
    }

    private static void refused(Model model, String code, Object[] arguments) {
        model.addAttribute("refusal", code);
        model.addAttribute("refusalArgs", arguments);
    }
}
