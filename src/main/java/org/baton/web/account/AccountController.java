package org.baton.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.web.support.SignInSupport;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: changing the password, personal access tokens for the API, and notification choices. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final SignInSupport signIn;
    private final NotificationPreferencesController notifications;
    private final CalendarFeedSection calendar;

    AccountController(
            Accounts accounts,
            AccessTokens tokens,
            SignInSupport signIn,
            NotificationPreferencesController notifications,
            CalendarFeedSection calendar) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIn = signIn;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    @GetMapping
    String account(@SignedIn Caller caller, Model model) {
        return page(caller, model);
    }

    @PostMapping("/password")
    String changePassword(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        if (!result.hasFieldErrors("newPassword")
                && form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getRepeatPassword())) {
            result.rejectValue("repeatPassword", "password.mismatch");
        }
        return StepRunner.step(() -> {
                    accounts.changePassword(
                            caller, form.getCurrentPassword(), form.getNewPassword(), form.isRevokeTokens());
                    signIn.signIn(
                            caller.organizationId(),
                            caller.personId(),
                            request); // this session goes on with the new password
                })
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "account.password.changed", "/account"),
                        () -> page(caller, model));
    }

    @PostMapping("/tokens")
    String issue(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> tokens.issue(caller, form.getName()))
                .on(
                        result,
                        issued -> {
                            redirect.addFlashAttribute("issuedToken", issued.secret());
                            redirect.addFlashAttribute(
                                    "issuedTokenName", issued.token().name());
                            return "redirect:/account#tokens";
                        },
                        () -> page(caller, model));
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(caller, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/account#tokens";
    }

    private String page(Caller caller, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.list(caller));
        notifications.addTo(caller, model);
        calendar.addTo(caller, model);
        return "account/show";
    }
}
