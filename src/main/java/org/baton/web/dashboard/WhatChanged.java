package org.baton.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.baton.activity.Activity;
import org.baton.activity.Change;
import org.baton.decisions.Decisions;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Words the latest changes of the organization for the dashboard, each with a link and who made it. */
@Component
class WhatChanged {

    /** Kinds whose detail is itself a message key: the prefix that makes it one. */
    private static final Map<String, String> WORDED_DETAILS =
            Map.of("missionMoved", "status.", "areaDefined", "area.zone.", "zoneChanged", "area.zone.");

    private final Activity activity;
    private final People people;
    private final Decisions decisions;
    private final Intents intents;
    private final MessageSource messages;

    WhatChanged(Activity activity, People people, Decisions decisions, Intents intents, MessageSource messages) {
        this.activity = activity;
        this.people = people;
        this.decisions = decisions;
        this.intents = intents;
        this.messages = messages;
    }

    /** The latest changes {@code reader} may see: none to a decision or intent kept from them. */
    List<ChangeLine> latest(OrganizationId org, PersonId reader, int limit) {
        var hidden = new ArrayList<UUID>(decisions.hiddenFrom(org, reader));
        hidden.addAll(intents.hiddenFrom(org, reader));
        var changes = activity.latest(org, limit, hidden);
        var actors = people.byId(
                org,
                changes.stream().map(Change::actorId).filter(Objects::nonNull).toList());
        Locale locale = LocaleContextHolder.getLocale();
        return changes.stream()
                .map(change -> line(change, actors.get(change.actorId()), locale))
                .toList();
    }

    private ChangeLine line(Change change, Person actor, Locale locale) {
        Object detail = change.detail();
        var prefix = WORDED_DETAILS.get(change.kind());
        if (prefix != null) {
            detail = new DefaultMessageSourceResolvable(new String[] {prefix + change.detail()}, change.detail());
        }
        String text = word("activity." + change.kind(), detail, locale);
        String subject = change.subjectName().isBlank()
                ? word("activity.subject." + change.subjectType().name(), null, locale)
                : change.subjectName();
        String by = actor == null ? "" : word("activity.by", actor.name(), locale);
        String under = change.decisionId() == null ? null : "/decisions/" + change.decisionId();
        return new ChangeLine(change.occurredAt(), href(change), subject, text, by, under);
    }

    private String word(String key, Object argument, Locale locale) {
        return messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {argument}, key), locale);
    }

    private static String href(Change change) {
        var id = change.subjectId();
        return switch (change.subjectType()) {
            case PERSON -> "/people/" + id;
            case HOME_BASE -> "/home-bases/" + id;
            case MISSION -> "/missions/" + id;
            case INTENT -> "/intents/" + id;
            case DECISION -> "/decisions/" + id;
            case VALUE -> "/values/" + id;
            case PRINCIPLE -> "/principles/" + id;
            case GOVERNANCE -> "/governance";
            case REVIEW -> "/reviews/" + id;
            case AREA -> "/decision-areas/" + id;
            case CENTRE -> "/decision-areas/centre";
            case CELEBRATION -> "/celebrations#mission-" + id;
        };
    }
}
