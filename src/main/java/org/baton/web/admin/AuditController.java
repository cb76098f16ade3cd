package org.baton.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.audit.AuditEntry;
import org.baton.audit.AuditKind;
import org.baton.audit.AuditLog;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.web.support.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the organization, for its admins: who changed what about accounts, and failed sign-ins. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 25;

    /** One detail of an entry as the page words it: a message key and its arguments. */
    record Detail(String key, Object[] args) {}

    /** An entry as the page shows it, with the names of the people it involves. */
    record AuditRow(AuditEntry entry, String actorName, String subjectName, List<Detail> details) {

        public String kindKey() {
            return "audit.kind." + entry.kind().name();
        }
    }

    private final AuditLog audit;
    private final People people;
    private final Times times;

    AuditController(AuditLog audit, People people, Times times) {
        this.audit = audit;
        this.people = people;
        this.times = times;
    }

    @GetMapping
    String list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosen = kindNamed(kind);
        var found = audit.entries(caller, chosen, new PageRequest(Math.max(0, page), PAGE_SIZE));
        var names = people.byId(
                caller.organizationId(),
                found.items().stream()
                        .flatMap(e -> Stream.of(e.actor(), e.subject()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(e -> new AuditRow(e, nameOf(names, e.actor()), nameOf(names, e.subject()), details(e)))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("base", chosen == null ? "/admin/audit" : "/admin/audit?kind=" + chosen.name());
        return "admin/audit";
    }

    /** An unknown kind filters nothing rather than failing the page. */
    private static AuditKind kindNamed(String kind) {
        return Arrays.stream(AuditKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private static String nameOf(Map<PersonId, Person> names, PersonId id) {
        var person = id == null ? null : names.get(id);
        return person == null ? null : person.name();
    }

    private List<Detail> details(AuditEntry entry) {
        var lines = new ArrayList<Detail>();
        entry.details().forEach((key, value) -> {
            switch (key) {
                case "admin", "tokensRevoked" ->
                    lines.add(new Detail("audit.detail." + key, new Object[] {number(value)}));
                case "token" -> lines.add(new Detail("audit.detail.token", new Object[] {value}));
                case "until" ->
                    lines.add(new Detail("audit.detail.until", new Object[] {times.dateTime(Instant.parse(value))}));
                case "paused" -> lines.add(new Detail("audit.detail.paused." + value, new Object[0]));
                default -> {
                    // kept for the API (e.g. a token's id); the page names the token by its name already
                }
            }
        });
        return lines;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
