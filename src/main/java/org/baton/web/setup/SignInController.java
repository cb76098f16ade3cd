package org.baton.web.setup;

import jakarta.servlet.http.HttpServletResponse;
import org.baton.accounts.Accounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it posts. Before the first account, setup comes first. */
@Controller
class SignInController {

    private final Accounts accounts;

    SignInController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "throttled", required = false) Long throttled, HttpServletResponse response) {
        if (!accounts.anyAccountExists()) {
            return "redirect:/setup";
        }
        if (throttled != null) {
            long seconds = Math.clamp(throttled, 1, 3600);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return "sign-in";
    }
}
