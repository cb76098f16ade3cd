package org.baton.web.roles;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.roles.Role;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.NotPermitted;
import org.baton.shared.PageRequest;
import org.baton.web.support.Directory;
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
 * The roles map (by area, as a list or as a tree), defining a role and revising it. A role's page, its holders
 * and stepping back are in {@link RoleStepsController}.
 */
@Controller
@RequestMapping("/roles")
class RolesController {

    static final String REFUSED = "roles.form.notPermitted";

    private final Roles roles;
    private final RolesMap map;
    private final HomeBases homeBases;
    private final Missions missions;
    private final Directory directory;

    RolesController(Roles roles, RolesMap map, HomeBases homeBases, Missions missions, Directory directory) {
        this.roles = roles;
        this.map = map;
        this.homeBases = homeBases;
        this.missions = missions;
        this.directory = directory;
    }

    @GetMapping
    String map(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "list") String view,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var shown = map.page(caller.organizationId(), page);
        model.addAttribute("map", shown);
        model.addAttribute("page", shown.page());
        model.addAttribute("view", "tree".equals(view) ? "tree" : "list");
        return "roles/list";
    }

    @GetMapping("/new")
    String definition(@SignedIn Caller caller, @RequestParam(required = false) String parentId, Model model) {
        var form = new RoleForm();
        var parent = uuid(parentId);
        if (parent != null) {
            roles.find(caller.organizationId(), new RoleId(parent)).ifPresent(p -> {
                form.setParentId(p.id().value());
                form.setScope(RoleForm.choice(p.scope()));
                form.setKnowledgeArea(p.scope().knowledgeArea());
                form.setType(p.type());
            });
        }
        model.addAttribute("roleForm", form);
        return form(caller, model, null);
    }

    @PostMapping
    String define(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var origin = RoleOrigin.direct(caller.personId(), caller.admin(), null);
        return refusedInline(
                result,
                () -> StepRunner.stepReturning(() -> roles.define(caller.organizationId(), origin, form.definition()))
                        .mappingFields(RoleForm.FIELDS)
                        .duplicateShownAt("title", "role.title.taken")
                        .on(
                                result,
                                role -> StepRunner.redirect(redirect, "role.defined", "/roles/" + role.id()),
                                () -> form(caller, model, null)),
                () -> form(caller, model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var role = managed(caller, id);
        model.addAttribute("roleForm", RoleForm.of(role));
        return form(caller, model, role);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var role = managed(caller, id);
        var origin = RoleOrigin.direct(caller.personId(), caller.admin(), null);
        return refusedInline(
                result,
                () -> StepRunner.step(() -> roles.revise(
                                caller.organizationId(),
                                origin,
                                role.id(),
                                form.getVersion() == null ? role.version() : form.getVersion(),
                                form.definition()))
                        .mappingFields(RoleForm.FIELDS)
                        .duplicateShownAt("title", "role.title.taken")
                        .on(
                                result,
                                done -> StepRunner.redirect(redirect, "role.saved", "/roles/" + id),
                                () -> form(caller, model, role)),
                () -> form(caller, model, role));
    }

    /** The role, if this person may manage it; anyone else is answered 403, as they see no edit button. */
    private Role managed(Caller caller, UUID id) {
        var role = roles.get(caller.organizationId(), new RoleId(id));
        if (!roles.mayManage(caller.organizationId(), caller.personId(), caller.admin(), role)) {
            throw new NotPermitted("Only whoever manages this role may change it.");
        }
        return role;
    }

    /**
     * A role defined or moved where this person has no say is refused at the top of the form, keeping what they
     * typed: the scope is one of its fields, so the refusal belongs to the form rather than to a 403 page.
     */
    private static String refusedInline(BindingResult result, Supplier<String> step, Supplier<String> again) {
        try {
            return step.get();
        } catch (NotPermitted e) {
            result.reject(REFUSED, e.getMessage());
            return again.get();
        }
    }

    private String form(Caller caller, Model model, Role role) {
        var org = caller.organizationId();
        model.addAttribute("role", role);
        model.addAttribute("types", RoleType.values());
        model.addAttribute("scopeTypes", Arrays.asList(RoleScope.Type.ORGANIZATION, RoleScope.Type.KNOWLEDGE_AREA));
        model.addAttribute("homeBases", homeBases.all(org));
        model.addAttribute(
                "missions",
                missions.list(org, MissionFilter.ALL, PageRequest.all()).items().stream()
                        .filter(m -> !m.status().ended())
                        .toList());
        model.addAttribute("people", directory.everyone(org));
        model.addAttribute(
                "parents",
                roles.list(org, null, PageRequest.all()).items().stream()
                        .filter(r -> role == null || !r.id().equals(role.id()))
                        .toList());
        return "roles/form";
    }

    static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
