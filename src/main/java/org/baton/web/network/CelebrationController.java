package org.baton.web.network;

import jakarta.validation.Valid;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.missions.MissionId;
import org.baton.network.Celebrations;
import org.baton.shared.NotFound;
import org.baton.shared.PageRequest;
import org.baton.web.support.StepRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The celebrations wall: a card per completed or celebrated mission, and a small form on each to add thanks. With
 * htmx the card is re-rendered in place; without script the thanks are added and the wall shown again at the card.
 * Thanks refused (empty, too long, a mission no longer on the wall) come back next to the card's form.
 */
@Controller
class CelebrationController {

    private final Celebrations celebrations;
    private final MessageSource messages;

    CelebrationController(Celebrations celebrations, MessageSource messages) {
        this.celebrations = celebrations;
        this.messages = messages;
    }

    @GetMapping("/celebrations")
    String wall(@SignedIn Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "page",
                celebrations.wall(
                        caller.organizationId(), new PageRequest(Math.max(0, page), PageRequest.DEFAULT_SIZE)));
        return "network/celebrations";
    }

    @PostMapping("/celebrations/{missionId}/thanks")
    String thank(
            @SignedIn Caller caller,
            @PathVariable UUID missionId,
            @Valid @ModelAttribute("thanks") ThanksForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var mission = new MissionId(missionId);
        return StepRunner.step(() -> celebrations.thank(org, mission, caller.personId(), form.getText()))
                .on(
                        binding,
                        done -> htmx != null
                                ? card(caller, mission, model)
                                : StepRunner.redirect(
                                        redirect, "network.thanks.added", "/celebrations#mission-" + missionId),
                        () -> {
                            model.addAttribute("failedFor", missionId);
                            model.addAttribute("failure", failure(binding));
                            if (htmx != null) {
                                return card(caller, mission, model);
                            }
                            return wall(caller, 0, model);
                        });
    }

    /** The card of one mission, freshly read, for htmx to put in place of the old one. */
    private String card(Caller caller, MissionId mission, Model model) {
        var card = celebrations
                .card(caller.organizationId(), mission)
                .orElseThrow(() -> new NotFound("mission", mission.value()));
        model.addAttribute("card", card);
        return "network/celebration-card :: card";
    }

    private String failure(BindingResult binding) {
        var error = binding.getFieldError("text") != null ? binding.getFieldError("text") : binding.getGlobalError();
        return error == null ? null : messages.getMessage(error, LocaleContextHolder.getLocale());
    }
}
