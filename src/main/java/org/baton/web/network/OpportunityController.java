package org.baton.web.network;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.LeadershipTeam;
import org.baton.network.Opportunity;
import org.baton.network.OpportunityVersion;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.web.people.PeoplePicker;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The big opportunity statement's page: the current statement (opening the page counts as reading it), how many
 * read it, its versions with their consent decisions, a form to propose a new version, and the leadership team
 * whose consent adopts it, named by an admin who finds people by searching as they type.
 */
@Controller
class OpportunityController {

    static final String PAGE = "/network/opportunity";

    private final Opportunity opportunity;
    private final LeadershipTeam team;
    private final People people;
    private final PeoplePicker picker;

    OpportunityController(Opportunity opportunity, LeadershipTeam team, People people, PeoplePicker picker) {
        this.opportunity = opportunity;
        this.team = team;
        this.people = people;
        this.picker = picker;
    }

    @GetMapping(PAGE)
    String page(@SignedIn Caller caller, @RequestParam(required = false) String q, Model model) {
        var org = caller.organizationId();
        opportunity.current(org).ifPresent(current -> opportunity.read(org, caller.personId()));
        model.addAttribute("form", new OpportunityForm());
        model.addAttribute("teamForm", currentTeamForm(org));
        return render(caller, q, model);
    }

    @PostMapping(PAGE + "/versions")
    String propose(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") OpportunityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        return StepRunner.stepReturning(
                        () -> opportunity.propose(org, caller.personId(), form.getText(), form.getRationale()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "network.opportunity.proposed", PAGE + "#versions"),
                        () -> {
                            model.addAttribute("teamForm", currentTeamForm(org));
                            return render(caller, null, model);
                        });
    }

    @PostMapping("/network/leadership-team")
    String nameTeam(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("teamForm") OpportunityTeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var members = form.getMemberIds().stream().map(PersonId::new).toList();
        return StepRunner.step(() -> team.name(org, members, caller.personId(), caller.admin()))
                .on(result, StepRunner.redirecting(redirect, "network.team.named", PAGE + "#team"), () -> {
                    model.addAttribute("form", new OpportunityForm());
                    return render(caller, null, model);
                });
    }

    private String render(Caller caller, String q, Model model) {
        var org = caller.organizationId();
        var current = opportunity.current(org).orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("reach", current == null ? null : opportunity.reach(org, current.id()));
        var versions = opportunity.versions(org);
        var names = people.byId(
                org, versions.stream().map(v -> v.proposedBy()).distinct().toList());
        model.addAttribute(
                "versions",
                versions.stream()
                        .map(v -> OpportunityVersionRow.of(
                                v,
                                names.containsKey(v.proposedBy())
                                        ? names.get(v.proposedBy()).name()
                                        : ""))
                        .toList());
        var members = people.all(org, team.members(org)).stream()
                .sorted(Comparator.comparing(Person::name))
                .toList();
        model.addAttribute("members", members);
        model.addAttribute("mayPropose", opportunity.mayPropose(org));
        model.addAttribute("mayNameTeam", team.mayName(caller.admin()));
        var teamForm = (OpportunityTeamForm) model.getAttribute("teamForm");
        model.addAttribute(
                "picker", picker.offer(org, q, teamForm == null ? List.of() : teamForm.getMemberIds(), null));
        model.addAttribute("maxText", OpportunityVersion.MAX_TEXT);
        return "network/opportunity";
    }

    private OpportunityTeamForm currentTeamForm(OrganizationId org) {
        var form = new OpportunityTeamForm();
        form.setMemberIds(
                new ArrayList<>(team.members(org).stream().map(PersonId::value).toList()));
        return form;
    }
}
