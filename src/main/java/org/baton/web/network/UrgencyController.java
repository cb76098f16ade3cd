package org.baton.web.network;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.UrgencyGroup;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
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

    /** How many people the picker offers for what was typed. */
    static final int CHOICES = 8;

    private static final String PATH = "/network/urgency";

    private final UrgencyGroup group;
    private final People people;

    UrgencyController(UrgencyGroup group, People people) {
        this.group = group;
        this.people = people;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("conversation", new UrgencyConversationForm());
        return page(caller, q, List.of(), model);
    }

    /** The picker's choices for what was typed, the people already ticked first (htmx swaps them in). */
    @GetMapping("/people")
    String choices(
            @SignedIn Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<UUID> withPersonIds,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("choices", choices(caller, q, withPersonIds));
        return "network/urgency :: choices";
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
                        () -> page(caller, null, form.getWithPersonIds(), model));
    }

    private String page(Caller caller, String q, List<UUID> chosen, Model model) {
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
                        group.members(org),
                        rows,
                        reach,
                        UrgencyReachChart.of(reach)));
        model.addAttribute("q", q);
        model.addAttribute("choices", choices(caller, q, chosen));
        return "network/urgency";
    }

    /** The people already ticked, then up to {@value #CHOICES} others whose name matches {@code q}. */
    private List<UrgencyGroupPage.Choice> choices(Caller caller, String q, List<UUID> chosen) {
        var org = caller.organizationId();
        var ticked = new LinkedHashSet<PersonId>();
        if (chosen != null) {
            chosen.stream()
                    .filter(java.util.Objects::nonNull)
                    .limit(TextLimits.ITEMS)
                    .map(PersonId::new)
                    .forEach(ticked::add);
        }
        var choices = new ArrayList<UrgencyGroupPage.Choice>();
        people.all(org, ticked).forEach(p -> choices.add(new UrgencyGroupPage.Choice(p.id().value(), p.name(), true)));
        var query = q == null ? "" : q.strip();
        if (!query.isEmpty() && query.length() <= TextLimits.NAME) {
            people.list(org, query, new PageRequest(0, CHOICES)).items().stream()
                    .filter(p -> !ticked.contains(p.id()) && !p.id().equals(caller.personId()))
                    .forEach(p -> choices.add(new UrgencyGroupPage.Choice(p.id().value(), p.name(), false)));
        }
        return choices;
    }

    private static String name(Person person) {
        return person == null ? "" : person.name();
    }
}
