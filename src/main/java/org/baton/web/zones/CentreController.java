package org.baton.web.zones;

import jakarta.validation.Valid;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.baton.web.support.Directory;
import org.baton.web.support.StepRunner;
import org.baton.zones.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Naming the centre and appointing its members: the people who decide what belongs to the whole organization. */
@Controller
@RequestMapping("/decision-areas/centre")
class CentreController {

    private final Zones zones;
    private final CentreSteps steps;
    private final Directory directory;

    CentreController(Zones zones, CentreSteps steps, Directory directory) {
        this.zones = zones;
        this.steps = steps;
        this.directory = directory;
    }

    @GetMapping
    String centre(@SignedIn Caller caller, Model model) {
        var centre = zones.centre(caller.organizationId());
        var form = new CentreForm();
        form.setName(centre.name());
        form.setMemberIds(centre.memberIds().stream().map(PersonId::value).toList());
        model.addAttribute("form", form);
        return form(caller, model);
    }

    @PostMapping
    String appoint(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") CentreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var members = form.getMemberIds().stream().map(PersonId::new).toList();
        return StepRunner.stepReturning(() -> steps.appointCentre(caller, form.getName(), members, form.getRationale()))
                .on(
                        result,
                        proposed -> StepRunner.redirect(
                                redirect, proposed ? "structure.proposed" : "centre.saved", "/decision-areas#centre"),
                        () -> form(caller, model));
    }

    private String form(Caller caller, Model model) {
        model.addAttribute("people", directory.everyone(caller.organizationId()));
        Authority.show(model, caller, zones);
        return "zones/centre";
    }
}
