package org.baton.web.people;

import org.baton.accounts.InvitationLinks;
import org.baton.notifications.Mailings;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How an invitation reaches the person: by mail when mail is on and they have an address, and the page then says
 * where it went; otherwise the admin is shown the link to pass on, as before mail existed.
 */
@Component
class InvitationHandOut {

    private final InvitationLinks links;
    private final Mailings mailings;
    private final People people;

    InvitationHandOut(InvitationLinks links, Mailings mailings, People people) {
        this.links = links;
        this.mailings = mailings;
        this.people = people;
    }

    void handOut(OrganizationId org, PersonId person, String secret, RedirectAttributes redirect) {
        String link = links.linkTo(
                secret, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        if (mailings.sendInvitation(org, person, link)) {
            redirect.addFlashAttribute(
                    "invitationMailedTo", people.get(org, person).email());
        } else {
            redirect.addFlashAttribute("invitationLink", link);
        }
    }
}
