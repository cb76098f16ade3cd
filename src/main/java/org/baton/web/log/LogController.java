package org.baton.web.log;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.log.DecisionLog;
import org.baton.log.LogEntry;
import org.baton.log.LogQuery;
import org.baton.log.Verification;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.principles.Principles;
import org.baton.web.decisions.ScopeChoices;
import org.baton.web.support.Directory;
import org.baton.web.support.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision log: everyone reads, searches and filters every intent and decision, newest first, and can
 * check that its history was not rewritten. Reading counts: each entry shows how many have seen it.
 */
@Controller
@RequestMapping("/log")
class LogController {

    private static final int PAGE_SIZE = 20;

    /** An entry as the page shows it: who acted, and where its intent or decision is. */
    record LogRow(LogEntry entry, String actorName, String href) {

        public String actionKey() {
            return "log.action." + entry.action();
        }
    }

    private final DecisionLog log;
    private final People people;
    private final Directory directory;
    private final ScopeChoices scopes;
    private final Viewer viewer;
    private final Principles principles;

    LogController(
            DecisionLog log,
            People people,
            Directory directory,
            ScopeChoices scopes,
            Viewer viewer,
            Principles principles) {
        this.log = log;
        this.people = people;
        this.directory = directory;
        this.scopes = scopes;
        this.viewer = viewer;
        this.principles = principles;
    }

    @GetMapping
    String search(
            @SignedIn Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String homeBaseId,
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String principleId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String cursor,
            Model model) {
        var org = caller.organizationId();
        var zone = viewer.zone();
        var query = new LogQuery(
                q,
                ScopeChoices.uuid(homeBaseId),
                ScopeChoices.uuid(missionId),
                ScopeChoices.uuid(personId),
                ScopeChoices.uuid(principleId),
                null,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        var found = log.search(org, caller.personId(), query, cursor, PAGE_SIZE);
        var names = people.byId(
                org,
                found.entries().stream()
                        .map(LogEntry::actorId)
                        .filter(Objects::nonNull)
                        .map(PersonId::new)
                        .toList());
        model.addAttribute(
                "entries",
                found.entries().stream()
                        .map(e -> new LogRow(
                                e,
                                e.actorId() == null
                                        ? null
                                        : names.containsKey(new PersonId(e.actorId()))
                                                ? names.get(new PersonId(e.actorId()))
                                                        .name()
                                                : null,
                                href(e)))
                        .toList());
        model.addAttribute("next", found.nextCursor());
        model.addAttribute("paged", cursor != null && !cursor.isBlank());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute(
                "homeBaseId",
                query.homeBaseId() == null ? "" : query.homeBaseId().toString());
        model.addAttribute(
                "missionId", query.missionId() == null ? "" : query.missionId().toString());
        model.addAttribute(
                "personId", query.personId() == null ? "" : query.personId().toString());
        model.addAttribute(
                "principleId",
                query.principleId() == null ? "" : query.principleId().toString());
        model.addAttribute("principles", principles.principles(org, null));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "filtered",
                (q != null && !q.isBlank())
                        || query.homeBaseId() != null
                        || query.missionId() != null
                        || query.personId() != null
                        || query.principleId() != null
                        || from != null
                        || to != null);
        model.addAttribute("homeBases", scopes.homeBases(org));
        model.addAttribute("missions", scopes.missions(org));
        model.addAttribute("everyone", directory.everyone(org));
        if (!model.containsAttribute("verification")) {
            model.addAttribute("verification", null);
        }
        return "log/list";
    }

    /** Walks the organization's hash chain; a fragment for the page's panel, or the whole page without script. */
    @GetMapping("/verify")
    String verify(
            @SignedIn Caller caller, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Verification verification = log.verify(caller.organizationId());
        model.addAttribute("verification", verification);
        if (htmx != null) {
            return "log/list :: verification";
        }
        return search(caller, null, null, null, null, null, null, null, null, model);
    }

    private static String href(LogEntry entry) {
        UUID subject = entry.subjectId();
        return switch (entry.subjectType()) {
            case "INTENT" -> "/intents/" + subject;
            case "DECISION" -> "/decisions/" + subject;
            case "MISSION" -> "/missions/" + subject;
            case "HOME_BASE" -> "/home-bases/" + subject;
            case "VALUE" -> "/values/" + subject;
            case "PRINCIPLE" -> "/principles/" + subject;
            case "GOVERNANCE" -> "/governance";
            case "AREA" -> "/decision-areas/" + subject;
            case "CENTRE" -> "/decision-areas#centre";
            case "ROLE" -> "/roles/" + subject;
            case "PERSON" -> "/people/" + subject;
            case "LEADERSHIP_TEAM" -> "/network";
            case "OPPORTUNITY" -> "/network/opportunity";
            case "COALITION_CALL" -> "/coalition";
            case "INITIATIVE" -> "/initiatives";
            default -> null;
        };
    }
}
