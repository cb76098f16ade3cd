package org.baton.web.people;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.Invitations;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.web.autonomy.AutonomyPages;
import org.baton.web.missions.MissionSummaries;
import org.baton.web.support.Forbidden;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people directory and each person's record, which a person may edit for themselves and an admin for
 * anyone. Enrolling someone is in {@link EnrolmentController}.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

    private static final int PAGE_SIZE = 20;

    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final Accounts accounts;
    private final Invitations invitations;
    private final InvitationHandOut handOut;
    private final MissionSummaries summaries;
    private final TransactionTemplate transaction;
    private final AutonomyPages autonomy;
    private final PersonRelationsPage relations;

    PeopleController(
            People people,
            HomeBases homeBases,
            Missions missions,
            Accounts accounts,
            Invitations invitations,
            InvitationHandOut handOut,
            MissionSummaries summaries,
            TransactionTemplate transaction,
            AutonomyPages autonomy,
            PersonRelationsPage relations) {
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.accounts = accounts;
        this.invitations = invitations;
        this.handOut = handOut;
        this.summaries = summaries;
        this.transaction = transaction;
        this.autonomy = autonomy;
        this.relations = relations;
    }

    /** With htmx (typing in the search box), only the results are rendered. */
    @GetMapping
    String directory(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean withoutSteward,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var org = caller.organizationId();
        var found = people.list(org, q.strip(), withoutSteward, new PageRequest(Math.max(0, page), PAGE_SIZE));
        var homeBaseOf = homeBases.homeBasesOf(
                org, found.items().stream().map(Person::id).toList());
        var names = new HashMap<HomeBaseId, String>();
        if (!homeBaseOf.isEmpty()) {
            homeBases.all(org).forEach(h -> names.put(h.id(), h.name()));
        }
        model.addAttribute(
                "people",
                found.items().stream()
                        .map(p -> {
                            var homeBase = homeBaseOf.get(p.id());
                            return new PersonRow(
                                    p.id().value(),
                                    p.name(),
                                    p.email(),
                                    p.expertise(),
                                    homeBase == null ? null : homeBase.value(),
                                    homeBase == null ? null : names.get(homeBase),
                                    p.availability(),
                                    p.stewardId() == null);
                        })
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("q", q.strip());
        model.addAttribute("withoutSteward", withoutSteward);
        return htmx != null ? "people/list :: results" : "people/list";
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var org = caller.organizationId();
        var person = people.get(org, new PersonId(id));
        var homeBase = homeBases
                .homeBaseOf(org, person.id())
                .flatMap(h -> homeBases.find(org, h))
                .orElse(null);
        var involved = missions.list(org, new MissionFilter(null, null, person.id()), new PageRequest(0, 100))
                .items();
        model.addAttribute("person", person);
        model.addAttribute("homeBase", homeBase);
        model.addAttribute("leadsHomeBase", homeBase != null && person.id().equals(homeBase.leaderId()));
        model.addAttribute(
                "led",
                summaries.of(
                        org,
                        involved.stream()
                                .filter(m -> person.id().equals(m.leaderId()))
                                .toList()));
        model.addAttribute(
                "joined",
                summaries.of(
                        org,
                        involved.stream()
                                .filter(m -> !person.id().equals(m.leaderId()))
                                .toList()));
        model.addAttribute("autonomyAgreements", autonomy.of(org, caller.personId(), person.id()));
        model.addAttribute("canEdit", caller.admin() || caller.personId().equals(person.id()));
        var account = accounts.find(org, person.id());
        model.addAttribute("canInvite", caller.admin() && account.isEmpty());
        model.addAttribute("isAdmin", account.map(Caller::admin).orElse(false));
        model.addAttribute(
                "canChangeAdminRights", account.isPresent() && accounts.mayChangeAdminRights(caller, person.id()));
        relations.addTo(model, caller, person);
        return "people/show";
    }

    @PostMapping("/{id}/invitation")
    String invite(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        requireAdmin(caller);
        var person = people.get(caller.organizationId(), new PersonId(id));
        return StepRunner.stepReturning(() -> invitations.invite(caller.organizationId(), person.id()))
                .alerting(
                        redirect,
                        invitation -> {
                            handOut.handOut(caller.organizationId(), person.id(), invitation.secret(), redirect);
                            return "redirect:/people/" + id;
                        },
                        () -> "redirect:/people/" + id);
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var person = people.get(caller.organizationId(), new PersonId(id));
        requireMayEdit(caller, person);
        var homeBase = homeBases
                .homeBaseOf(caller.organizationId(), person.id())
                .map(HomeBaseId::value)
                .orElse(null);
        model.addAttribute("form", PersonForm.of(person, homeBase));
        return editForm(caller, person, model);
    }

    @PostMapping("/{id}/edit")
    String describe(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var person = people.get(org, new PersonId(id));
        requireMayEdit(caller, person);
        return StepRunner.step(() -> transaction.executeWithoutResult(status -> {
                    people.describe(
                            org,
                            person.id(),
                            form.getVersion() == null ? person.version() : form.getVersion(),
                            form.details(),
                            caller.personId());
                    accounts.syncEmail(org, person.id());
                    var current = homeBases
                            .homeBaseOf(org, person.id())
                            .map(HomeBaseId::value)
                            .orElse(null);
                    if (form.getHomeBaseId() == null && current != null) {
                        homeBases.leave(org, person.id(), caller.personId());
                    } else if (form.getHomeBaseId() != null
                            && !form.getHomeBaseId().equals(current)) {
                        homeBases.join(org, new HomeBaseId(form.getHomeBaseId()), person.id(), caller.personId());
                    }
                }))
                .mappingFields(Map.of("personId", "homeBaseId"))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "person.saved", "/people/" + id),
                        () -> editForm(caller, person, model));
    }

    private String editForm(Caller caller, Person person, Model model) {
        model.addAttribute("homeBases", homeBases.all(caller.organizationId()));
        model.addAttribute("person", person);
        return "people/form";
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new Forbidden("Only admins enrol people and give them accounts.");
        }
    }

    private static void requireMayEdit(Caller caller, Person person) {
        if (!caller.admin() && !caller.personId().equals(person.id())) {
            throw new Forbidden("People edit their own record; admins edit anyone's.");
        }
    }
}
