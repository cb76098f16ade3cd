package org.baton.web.setup;

import org.baton.accounts.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it posts. Before the first account, setup comes first. */
@Controller
class SignInController {

    private final Accounts accounts;

    SignInController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/sign-in")
    String signIn() {
        if (!accounts.anyAccountExists()) {
            return "redirect:/setup";
        }
        return "sign-in";
    }
}
