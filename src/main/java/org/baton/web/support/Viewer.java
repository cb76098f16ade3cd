package org.baton.web.support;

import java.time.ZoneId;
import java.util.Optional;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedInAccount;
import org.baton.people.People;
import org.baton.people.Person;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The person looking at a page, for the layout and for showing times in their own time zone. Exposed to
 * templates as {@code @viewer}; the person is read once per request.
 */
@Component("viewer")
public class Viewer {

    private static final String ATTRIBUTE = Viewer.class.getName() + ".person";

    private final People people;

    Viewer(People people) {
        this.people = people;
    }

    public Optional<Caller> caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return Optional.of(account.caller());
        }
        return Optional.empty();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public boolean isAdmin() {
        return caller().map(Caller::admin).orElse(false);
    }

    public Optional<Person> person() {
        var caller = caller();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Person cached
                && cached.id().equals(caller.get().personId())) {
            return Optional.of(cached);
        }
        var person = people.find(caller.get().organizationId(), caller.get().personId());
        if (request != null) {
            person.ifPresent(p -> request.setAttribute(ATTRIBUTE, p, RequestAttributes.SCOPE_REQUEST));
        }
        return person;
    }

    public String getName() {
        return person().map(Person::name).orElse("");
    }

    public ZoneId zone() {
        return person().map(Person::timeZone).orElse(ZoneId.of("UTC"));
    }
}
