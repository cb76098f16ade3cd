package org.baton.web.intents;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.intents.Intent;
import org.baton.intents.IntentFilter;
import org.baton.intents.IntentStatus;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.shared.PageRequest;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.web.decisions.ScopeChoices;
import org.baton.web.support.Directory;
import org.baton.web.support.StepRunner;
import org.baton.zones.AreaId;
import org.baton.zones.Zones;
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
 * Intents: the list, and declaring one ("I intend to …") with who will be informed. What happens to one intent
 * afterwards is in {@link IntentStepsController}.
 */
@Controller
@RequestMapping("/intents")
class IntentsController {

    private static final int PAGE_SIZE = 20;

    /** A row of the listing. */
    record IntentRow(
            UUID id,
            String statement,
            IntentStatus status,
            String authorName,
            ScopeChoices.Named scope,
            Intent intent) {}

    /** The domain's names for what the form calls the window and the scope. */
    private static final Map<String, String> DECLARATION_FIELDS =
            Map.of("objectionWindow", "customWindow", "homeBaseId", "scope", "missionId", "scope");

    private final Intents intents;
    private final People people;
    private final Zones zones;
    private final ScopeChoices scopes;
    private final Audience audience;
    private final Directory directory;

    IntentsController(
            Intents intents, People people, Zones zones, ScopeChoices scopes, Audience audience, Directory directory) {
        this.intents = intents;
        this.directory = directory;
        this.people = people;
        this.zones = zones;
        this.scopes = scopes;
        this.audience = audience;
    }

    @GetMapping
    String list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var org = caller.organizationId();
        IntentStatus chosen = Arrays.stream(IntentStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var found = intents.list(
                org,
                caller.personId(),
                new IntentFilter(chosen, null, null, null),
                new PageRequest(Math.max(0, page), PAGE_SIZE));
        var names =
                people.byId(org, found.items().stream().map(Intent::authorId).toList());
        // Rows of one home base or mission share one lookup of its name.
        var scopeNames = new HashMap<Scope, ScopeChoices.Named>();
        model.addAttribute(
                "intents",
                found.items().stream()
                        .map(i -> new IntentRow(
                                i.id().value(),
                                i.statement(),
                                i.status(),
                                nameOf(names.get(i.authorId())),
                                scopeNames.computeIfAbsent(i.scope(), scope -> scopes.name(org, scope)),
                                i))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("statuses", IntentStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("filtered", chosen != null);
        return "intents/list";
    }

    @GetMapping("/new")
    String declaration(
            @SignedIn Caller caller,
            @RequestParam(required = false) String homeBaseId,
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) UUID areaId,
            Model model) {
        var form = new IntentForm();
        form.setScope(scopes.preselect(caller.organizationId(), homeBaseId, missionId));
        if (areaId != null
                && zones.find(caller.organizationId(), new AreaId(areaId)).isPresent()) {
            form.setAreaId(areaId);
        }
        model.addAttribute("form", form);
        return form(caller, model, form.getScope(), form.getAreaId());
    }

    /** The people an intent in the chosen scope reaches: the form refreshes this as the scope changes. */
    @GetMapping("/audience")
    String audience(
            @SignedIn Caller caller,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) UUID areaId,
            Model model) {
        model.addAttribute("audience", audienceOf(caller, scope, areaId));
        return "intents/form :: audience";
    }

    @PostMapping
    String declare(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") IntentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> intents.declare(
                        caller.organizationId(),
                        caller.personId(),
                        form.getStatement(),
                        form.getReason(),
                        ScopeChoices.parse(form.getScope()),
                        form.getAreaId() == null ? null : new AreaId(form.getAreaId()),
                        form.objectionWindow(),
                        form.getVisibility(),
                        form.named()))
                .mappingFields(DECLARATION_FIELDS)
                .on(
                        result,
                        intent -> StepRunner.redirect(redirect, "intent.notice.declared", "/intents/" + intent.id()),
                        () -> form(caller, model, form.getScope(), form.getAreaId()));
    }

    private String form(Caller caller, Model model, String scope, UUID areaId) {
        var org = caller.organizationId();
        model.addAttribute("homeBases", scopes.homeBases(org));
        model.addAttribute("missions", scopes.missions(org));
        model.addAttribute("areas", zones.all(org));
        model.addAttribute("windows", IntentForm.WINDOWS);
        model.addAttribute("people", directory.everyone(org));
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("audience", audienceOf(caller, scope, areaId));
        return "intents/form";
    }

    private List<Person> audienceOf(Caller caller, String scope, UUID areaId) {
        return audience.ofChoice(
                caller.organizationId(), caller.personId(), scope, areaId == null ? null : new AreaId(areaId));
    }

    private static String nameOf(Person person) {
        return person == null ? "" : person.name();
    }
}
