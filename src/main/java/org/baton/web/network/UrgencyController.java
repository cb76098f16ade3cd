package org.baton.web.network;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.UrgencyGroup;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.web.people.PeoplePicker;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The urgency group: what it is for, joining and leaving it, its members, logging a conversation (the people picked
 * by typing their names, never from a list of everyone), the latest conversations, and its reach as charts with their
 * tables.
 */
@Controller
@RequestMapping("/network/urgency")
class UrgencyController {

    static final int MEMBERS_PER_PAGE = 50;

    private static final String PATH = "/network/urgency";

    private final UrgencyGroup group;
    private final People people;
    private final PeoplePicker picker;

    UrgencyController(UrgencyGroup group, People people, PeoplePicker picker) {
        this.group = group;
        this.people = people;
        this.picker = picker;
    }

    @GetMapping
    String show(
            @SignedIn Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("conversation", new UrgencyConversationForm());
        return page(caller, q, List.of(), page, model);
    }

    @PostMapping("/membership")
    String join(@SignedIn Caller caller, RedirectAttributes redirect) {
        return StepRunner.step(() -> group.join(caller.organizationId(), caller.personId()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "network.urgency.joined", PATH),
                        () -> "redirect:" + PATH);
    }

    @PostMapping("/membership/leave")
    String leave(@SignedIn Caller caller, RedirectAttributes redirect) {
        return StepRunner.step(() -> group.leave(caller.organizationId(), caller.personId()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "network.urgency.left", PATH),
                        () -> "redirect:" + PATH);
    }

    @PostMapping("/conversations")
    String logConversation(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("conversation") UrgencyConversationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> group.logConversation(
                        caller.organizationId(),
                        caller.personId(),
                        form.getWithPersonIds().stream().map(PersonId::new).toList(),
                        form.getNote()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "network.urgency.logged", PATH + "#conversations"),
                        () -> page(caller, null, form.getWithPersonIds(), 0, model));
    }

    private String page(Caller caller, String q, List<UUID> chosen, int membersPage, Model model) {
        var org = caller.organizationId();
        var conversations = group.latestConversations(org);
        var named = new HashSet<PersonId>();
        conversations.forEach(c -> {
            named.add(c.loggedBy());
            named.addAll(c.withPersonIds());
        });
        var names = people.byId(org, named);
        var rows = conversations.stream()
                .map(c -> new UrgencyGroupPage.ConversationRow(
                        c.id(),
                        name(names.get(c.loggedBy())),
                        c.heldAt(),
                        c.withPersonIds().stream()
                                .map(id -> name(names.get(id)))
                                .toList(),
                        c.note()))
                .toList();
        var reach = group.reach(org);
        model.addAttribute(
                "group",
                new UrgencyGroupPage(
                        group.stepsOpenTo(org, caller.personId()),
                        group.members(org, new PageRequest(Math.max(0, membersPage), MEMBERS_PER_PAGE)),
                        rows,
                        reach,
                        UrgencyReachChart.of(reach)));
        model.addAttribute("picker", picker.offer(org, q, chosen, caller.personId()));
        return "network/urgency";
    }

    private static String name(Person person) {
        return person == null ? "" : person.name();
    }
}
