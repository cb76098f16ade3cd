package org.baton.web.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.Coalition;
import org.baton.network.CoalitionApplication;
import org.baton.network.CoalitionApplicationText;
import org.baton.network.CoalitionCall;
import org.baton.network.CoalitionCallTerms;
import org.baton.network.CoalitionRules;
import org.baton.network.LeadershipTeam;
import org.baton.network.SelectionPick;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.Page;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guiding coalition: its members and its calls, an "Apply" form on each open call for who has not applied,
 * a form to open a call for who may; and for a call's panel, its page with the applications to rate, closing,
 * the proposed selection with its reasons and the mix, and putting it, adjusted, to the panel's consent. What a
 * viewer may do comes from the call.
 */
@Controller
@RequestMapping("/coalition")
class CoalitionController {

    static final int APPLICATIONS_PER_PAGE = 50;

    private final Coalition coalition;
    private final LeadershipTeam leadershipTeam;
    private final People people;

    CoalitionController(Coalition coalition, LeadershipTeam leadershipTeam, People people) {
        this.coalition = coalition;
        this.leadershipTeam = leadershipTeam;
        this.people = people;
    }

    @GetMapping
    String show(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        var members = coalition.members(org);
        var calls = coalition.calls(org, caller.personId()).stream()
                .map(c -> row(c, caller))
                .toList();
        var involved = new ArrayList<PersonId>();
        members.forEach(m -> involved.add(m.personId()));
        model.addAttribute("members", members);
        model.addAttribute("names", names(caller, involved));
        model.addAttribute("calls", calls);
        model.addAttribute("mayOpen", coalition.mayOpen(org, caller.personId(), caller.admin()));
        model.addAttribute("noLeadershipTeam", leadershipTeam.members(org).isEmpty());
        if (!model.containsAttribute("call")) {
            model.addAttribute("call", new CoalitionCallForm());
        }
        if (!model.containsAttribute("application")) {
            model.addAttribute("application", new CoalitionApplicationForm());
        }
        return "network/coalition";
    }

    @PostMapping("/calls")
    String open(
            @SignedIn Caller caller,
            @ModelAttribute("call") CoalitionCallForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> coalition.open(
                        caller.organizationId(),
                        caller.personId(),
                        caller.admin(),
                        new CoalitionCallTerms(
                                form.getSeats() == null ? 0 : form.getSeats(), form.getClosesOn(), form.getCriteria()),
                        form.panel()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "network.coalition.opened", "/coalition#calls"),
                        () -> show(caller, model));
    }

    @PostMapping("/calls/{id}/applications")
    String apply(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("application") CoalitionApplicationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> coalition.apply(
                        caller.organizationId(),
                        id,
                        caller.personId(),
                        new CoalitionApplicationText(
                                form.getMotivation(), form.getEnergy(), form.getInitiativeInterest())))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "network.coalition.applied", "/coalition#call-" + id),
                        () -> {
                            model.addAttribute("applyingTo", id.toString());
                            return show(caller, model);
                        });
    }

    @GetMapping("/calls/{id}")
    String call(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        var call = coalition.get(caller.organizationId(), id);
        var row = row(call, caller);
        model.addAttribute("row", row);
        var shown =
                row.onPanel() ? pageOf(call.applications(), page) : new Page<CoalitionApplication>(List.of(), 0, 1, 0);
        var involved = new ArrayList<>(call.panelIds());
        shown.items().forEach(a -> involved.add(a.personId()));
        call.adopted().forEach(involved::add);
        call.selection().ifPresent(selection -> {
            selection.seats().forEach(pick -> involved.add(pick.personId()));
            selection.nearMisses().forEach(pick -> involved.add(pick.personId()));
        });
        var names = names(caller, involved);
        model.addAttribute("names", names);
        model.addAttribute("panelNames", joined(names, call.panelIds()));
        model.addAttribute("adoptedNames", joined(names, call.adopted()));
        model.addAttribute("applications", shown.items());
        model.addAttribute("page", shown);
        var selection = call.selection().orElse(null);
        model.addAttribute("selection", selection);
        var picked = selection == null ? List.<SelectionPick>of() : selection.seats();
        model.addAttribute(
                "picked", picked.stream().map(SelectionPick::personId).toList());
        model.addAttribute("viewer", caller.personId());
        return "network/coalition-call";
    }

    @PostMapping("/calls/{id}/applications/{applicationId}/rating")
    String rate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @RequestParam(required = false) Integer attitude,
            @RequestParam(required = false) Integer energy,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> coalition.rate(
                        caller.organizationId(),
                        id,
                        applicationId,
                        caller.personId(),
                        attitude == null ? 0 : attitude,
                        energy == null ? 0 : energy))
                .alerting(
                        redirect,
                        StepRunner.redirecting(
                                redirect, "network.coalition.rated", callPath(id) + "#application-" + applicationId),
                        () -> "redirect:" + callPath(id));
    }

    @PostMapping("/calls/{id}/close")
    String close(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        return StepRunner.step(() -> coalition.close(caller.organizationId(), id, caller.personId()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "network.coalition.closed", callPath(id)),
                        () -> "redirect:" + callPath(id));
    }

    @PostMapping("/calls/{id}/selection")
    String select(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        return StepRunner.step(() -> coalition.select(caller.organizationId(), id, caller.personId()))
                .alerting(
                        redirect, done -> "redirect:" + callPath(id) + "#selection", () -> "redirect:" + callPath(id));
    }

    @PostMapping("/calls/{id}/selection/adopt")
    String adopt(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> personIds,
            RedirectAttributes redirect) {
        var chosen = personIds == null
                ? List.<PersonId>of()
                : personIds.stream().filter(Objects::nonNull).map(PersonId::new).toList();
        return StepRunner.step(() -> coalition.adopt(caller.organizationId(), id, caller.personId(), chosen))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "network.coalition.adopted", callPath(id)),
                        () -> "redirect:" + callPath(id) + "#selection");
    }

    private CoalitionCallRow row(CoalitionCall call, Caller caller) {
        var now = coalition.now();
        var me = caller.personId();
        return new CoalitionCallRow(
                call,
                call.status(now),
                call.applicationOf(me).orElse(null),
                CoalitionRules.isOnPanel(call, me),
                call.stepsOpenTo(me, now));
    }

    private Map<PersonId, Person> names(Caller caller, List<PersonId> ids) {
        return people.byId(
                caller.organizationId(),
                Stream.of(ids).flatMap(List::stream).distinct().toList());
    }

    private static String joined(Map<PersonId, Person> names, List<PersonId> ids) {
        return String.join(
                ", ",
                ids.stream()
                        .map(id -> names.containsKey(id) ? names.get(id).name() : "")
                        .toList());
    }

    private static String callPath(UUID id) {
        return "/coalition/calls/" + id;
    }

    /** The panel reads a call's applications {@value #APPLICATIONS_PER_PAGE} at a time, so a call of 500 stays light. */
    private static Page<CoalitionApplication> pageOf(List<CoalitionApplication> applications, int page) {
        int pages = Math.max(1, (applications.size() + APPLICATIONS_PER_PAGE - 1) / APPLICATIONS_PER_PAGE);
        int at = Math.clamp(page, 0, pages - 1);
        int from = at * APPLICATIONS_PER_PAGE;
        return new Page<>(
                applications.subList(from, Math.min(applications.size(), from + APPLICATIONS_PER_PAGE)),
                at,
                APPLICATIONS_PER_PAGE,
                applications.size());
    }
}
