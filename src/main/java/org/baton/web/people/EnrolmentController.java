package org.baton.web.people;

import jakarta.validation.Valid;
import java.util.Map;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.Invitations;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.web.support.Forbidden;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolling a person, for admins: their record, their home base, and how they get in (an invitation link, a
 * password chosen for them, or no account yet).
 */
@Controller
@RequestMapping("/people")
class EnrolmentController {

    /** The domain names the home base a person joins by its id. */
    private static final Map<String, String> FIELDS = Map.of("personId", "homeBaseId", "homeBase", "homeBaseId");

    private final People people;
    private final HomeBases homeBases;
    private final Accounts accounts;
    private final Invitations invitations;
    private final InvitationHandOut handOut;
    private final TransactionTemplate transaction;

    EnrolmentController(
            People people,
            HomeBases homeBases,
            Accounts accounts,
            Invitations invitations,
            InvitationHandOut handOut,
            TransactionTemplate transaction) {
        this.people = people;
        this.homeBases = homeBases;
        this.accounts = accounts;
        this.invitations = invitations;
        this.handOut = handOut;
        this.transaction = transaction;
    }

    @GetMapping("/new")
    String enrolment(@SignedIn Caller caller, Model model) {
        requireAdmin(caller);
        model.addAttribute("form", new NewPersonForm());
        return form(caller, model);
    }

    @PostMapping
    String enrol(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") NewPersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireAdmin(caller);
        var org = caller.organizationId();
        // One transaction: a refused password or taken email leaves no person behind.
        return StepRunner.stepReturning(() -> transaction.execute(status -> {
                    var person = people.enrol(org, form.details(), caller.personId());
                    if (form.getHomeBaseId() != null) {
                        homeBases.join(org, new HomeBaseId(form.getHomeBaseId()), person.id(), caller.personId());
                    }
                    String secret =
                            switch (form.getAccess()) {
                                case INVITE ->
                                    invitations.invite(org, person.id()).secret();
                                case PASSWORD -> {
                                    accounts.grant(caller, person.id(), form.getPassword(), form.isAdmin());
                                    yield null;
                                }
                                case NONE -> null;
                            };
                    return new Enrolled(person, secret);
                }))
                .mappingFields(FIELDS)
                .on(
                        result,
                        enrolled -> {
                            redirect.addFlashAttribute(
                                    "noticeArgs",
                                    new Object[] {enrolled.person().name()});
                            if (enrolled.secret() != null) {
                                handOut.handOut(org, enrolled.person().id(), enrolled.secret(), redirect);
                            }
                            return StepRunner.redirect(
                                    redirect,
                                    "person.enrolled",
                                    "/people/" + enrolled.person().id());
                        },
                        () -> form(caller, model));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new Forbidden("Only admins enrol people and give them accounts.");
        }
    }

    private String form(Caller caller, Model model) {
        model.addAttribute("homeBases", homeBases.all(caller.organizationId()));
        model.addAttribute("accessChoices", NewPersonForm.Access.values());
        model.addAttribute("person", null);
        return "people/form";
    }

    private record Enrolled(Person person, String secret) {}
}
