package org.baton.web.network;

import jakarta.validation.Valid;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBases;
import org.baton.network.Initiatives;
import org.baton.shared.PageRequest;
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
 * The strategic initiatives and 90-day wins, with their metric, how they stand and their next check-in; members of the
 * guiding coalition start new ones here (the form is theirs only, as the domain says).
 */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

    static final int PAGE_SIZE = 20;

    private final Initiatives initiatives;
    private final HomeBases homeBases;

    InitiativeController(Initiatives initiatives, HomeBases homeBases) {
        this.initiatives = initiatives;
        this.homeBases = homeBases;
    }

    @GetMapping
    String list(@SignedIn Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InitiativeForm());
        }
        return page(caller, Math.max(0, page), model);
    }

    @PostMapping
    String start(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(
                        () -> initiatives.start(caller.organizationId(), caller.personId(), form.draft()))
                .mappingFields(InitiativeForm.FIELDS)
                .on(
                        result,
                        started -> StepRunner.redirect(redirect, "initiative.started", "/initiatives"),
                        () -> page(caller, 0, model));
    }

    private String page(Caller caller, int page, Model model) {
        var org = caller.organizationId();
        var found = initiatives.list(org, new PageRequest(page, PAGE_SIZE));
        model.addAttribute(
                "initiatives", found.items().stream().map(InitiativeRow::of).toList());
        model.addAttribute("page", found);
        model.addAttribute("mayStart", initiatives.mayStart(org, caller.personId()));
        model.addAttribute("homeBases", homeBases.all(org));
        return "network/initiatives";
    }
}
