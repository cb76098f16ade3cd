package org.baton.web.people;

import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin gives another person's account admin rights, or takes them, from the person's page. */
@Controller
class AdminRightsController {

    private final Accounts accounts;

    AdminRightsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/people/{id}/admin-rights")
    String change(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestParam boolean admin, RedirectAttributes redirect) {
        String path = "/people/" + id;
        return StepRunner.step(() -> accounts.changeAdminRights(caller, new PersonId(id), admin))
                .alerting(
                        redirect,
                        StepRunner.redirecting(
                                redirect, admin ? "person.adminRights.given" : "person.adminRights.taken", path),
                        () -> "redirect:" + path);
    }
}
