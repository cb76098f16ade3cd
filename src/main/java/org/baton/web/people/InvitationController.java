package org.baton.web.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.baton.accounts.Invitations;
import org.baton.web.support.SignInSupport;
import org.baton.web.support.StepRunner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An invited person opens their link, chooses a password, and is signed in. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SignInSupport signIn;

    InvitationController(Invitations invitations, SignInSupport signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
    }

    @GetMapping("/invitations/{secret}")
    String open(
            @PathVariable String secret,
            @ModelAttribute("form") InvitationForm form,
            Model model,
            HttpServletResponse response) {
        var invitee = invitations.invitee(secret);
        if (invitee.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "invitations/invalid";
        }
        model.addAttribute("invitee", invitee.get());
        model.addAttribute("secret", secret);
        return "invitations/accept";
    }

    @PostMapping("/invitations/{secret}")
    String accept(
            @PathVariable String secret,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var invitee = invitations.invitee(secret);
        if (invitee.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "invitations/invalid";
        }
        model.addAttribute("invitee", invitee.get());
        model.addAttribute("secret", secret);
        if (!result.hasFieldErrors("password")
                && form.getPassword() != null
                && !form.getPassword().equals(form.getRepeatPassword())) {
            result.rejectValue("repeatPassword", "password.mismatch");
        }
        return StepRunner.step(() -> {
                    var caller = invitations.accept(secret, form.getPassword());
                    signIn.signIn(caller.organizationId(), caller.personId(), request);
                })
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "invitation.accepted", "/"),
                        () -> "invitations/accept");
    }
}
