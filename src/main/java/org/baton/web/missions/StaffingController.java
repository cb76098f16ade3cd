package org.baton.web.missions;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.Staffing;
import org.baton.development.StaffingWindow;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.web.support.StepRunner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staffing one mission from its page: Baton proposes a leader and members, each pick explained, and whoever may
 * change the mission accepts the proposal, which staffs it. Works without script (the proposal on a page of its
 * own) and with htmx (the proposal loaded into the mission page's staffing section). A refusal of the domain (not
 * theirs to staff, a mission no longer in staffing, a proposal gone stale) comes back as an alert.
 */
@Controller
@RequestMapping("/missions/{id}/staffing")
class StaffingController {

    private final Missions missions;
    private final Staffing staffing;
    private final ProposalViews views;

    StaffingController(Missions missions, Staffing staffing, ProposalViews views) {
        this.missions = missions;
        this.staffing = staffing;
        this.views = views;
    }

    /**
     * The latest proposal for the mission, or a page that offers to make one; once the mission may no longer be
     * staffed (under way, or yet to say its size or hours), the refusal instead.
     */
    @GetMapping
    String latest(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var org = caller.organizationId();
        var mission = missions.get(org, new MissionId(id));
        model.addAttribute("mission", mission);
        try {
            model.addAttribute(
                    "proposal",
                    staffing.latest(org, mission.id(), caller.personId())
                            .map(proposal -> views.of(org, mission, proposal))
                            .orElse(null));
        } catch (RuleViolation e) {
            model.addAttribute("proposal", null);
            model.addAttribute("refusal", e.code());
            model.addAttribute("refusalArgs", e.arguments());
            model.addAttribute("sayNeeds", StaffingWindow.unsaid(mission).isPresent());
        }
        return "missions/staffing";
    }

    /** Asks Baton for a proposal: into the mission page's section with htmx, else on the staffing page. */
    @PostMapping
    String propose(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var mission = missions.get(org, new MissionId(id));
        return refusalsAlerted(
                () -> {
                    var proposal = staffing.propose(org, mission.id(), caller.personId());
                    if (htmx == null) {
                        return "redirect:/missions/" + id + "/staffing";
                    }
                    model.addAttribute("proposal", views.of(org, mission, proposal));
                    return "fragments/staffing :: proposal";
                },
                htmx != null,
                id,
                model,
                redirect);
    }

    /**
     * Staffs the mission with the proposal shown (named by when it was made: refused when a newer one was asked for
     * since), and goes back to the mission.
     */
    @PostMapping("/accept")
    String accept(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(required = false) Instant proposedAt,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var mission = missions.get(org, new MissionId(id));
        return refusalsAlerted(
                () -> {
                    staffing.accept(org, mission.id(), caller.personId(), proposedAt);
                    return StepRunner.redirect(redirect, "staffing.accepted", "/missions/" + id);
                },
                false,
                id,
                model,
                redirect);
    }

    /**
     * Runs a staffing step; a refusal becomes an alert: in the section's place for htmx, else on the mission's page.
     */
    private static String refusalsAlerted(
            Supplier<String> step, boolean htmx, UUID id, Model model, RedirectAttributes redirect) {
        String code;
        Object[] arguments;
        try {
            return step.get();
        } catch (RuleViolation e) {
            code = e.code();
            arguments = e.arguments();
        } catch (StateConflict e) {
            code = e.code();
            arguments = e.arguments();
        } catch (NotPermitted e) {
            code = "staffing.notPermitted";
            arguments = null;
        } catch (OptimisticLockingFailureException e) {
            code = "staffing.changedMeanwhile";
            arguments = null;
        }
        if (htmx) {
            model.addAttribute("refusal", code);
            model.addAttribute("refusalArgs", arguments);
            return "fragments/staffing :: refused";
        }
        redirect.addFlashAttribute("alert", code);
        redirect.addFlashAttribute("alertArgs", arguments);
        return "redirect:/missions/" + id;
    }
}
