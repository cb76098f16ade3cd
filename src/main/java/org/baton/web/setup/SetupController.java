package org.baton.web.setup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.baton.accounts.Accounts;
import org.baton.web.support.SignInSupport;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The very first visit to a fresh Baton: found the organization and become its admin. Once any account
 * exists, this page is closed for good and sends people to sign in.
 */
@Controller
class SetupController {

    private static final Map<String, String> FIELDS = Map.of(
            "name",
            "organizationName",
            "adminPassword",
            "adminPassword",
            "adminEmail",
            "adminEmail",
            "email",
            "adminEmail");

    private final Accounts accounts;
    private final SignInSupport signIn;

    SetupController(Accounts accounts, SignInSupport signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @GetMapping("/setup")
    String form(@ModelAttribute("form") SetupForm form) {
        if (accounts.anyAccountExists()) {
            return "redirect:/sign-in";
        }
        return "setup";
    }

    @PostMapping("/setup")
    String setUp(
            @Valid @ModelAttribute("form") SetupForm form,
            BindingResult result,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        if (accounts.anyAccountExists()) {
            return "redirect:/sign-in";
        }
        return StepRunner.step(() -> {
                    var founded = accounts.foundFirstOrganization(
                            form.getOrganizationName(),
                            form.getAdminName(),
                            form.getAdminEmail(),
                            form.getAdminPassword());
                    signIn.signIn(founded.organization().id(), founded.admin().id(), request);
                })
                .mappingFields(FIELDS)
                .on(result, done -> StepRunner.redirect(redirect, "setup.done", "/"), () -> "setup");
    }
}
