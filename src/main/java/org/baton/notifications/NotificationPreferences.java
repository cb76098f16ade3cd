package org.baton.notifications;

import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice, per kind of notice, of how they hear of it beyond the inbox (ADR 0016). */
@Service
public class NotificationPreferences {

    /** One change asked for: a kind and a delivery, both as given. */
    public record Choice(String kind, String delivery) {}

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind with the person's delivery for it and its default, in the order of {@link NoticeKinds#ALL}. */
    @Transactional(readOnly = true)
    public List<KindPreference> of(OrganizationId org, PersonId person) {
        var chosen = chosenBy(org, person);
        return NoticeKinds.ALL.stream()
                .map(kind -> new KindPreference(
                        kind, chosen.getOrDefault(kind, NoticeKinds.defaultFor(kind)), NoticeKinds.defaultFor(kind)))
                .toList();
    }

    /** Sets the deliveries given; kinds not given keep theirs. Nothing changes when one choice is not valid. */
    @Transactional
    public void change(OrganizationId org, PersonId person, List<Choice> choices) {
        var valid = valid(choices);
        valid.forEach((kind, delivery) -> set(org, person, kind, delivery));
    }

    /** The chosen deliveries, by kind, unless one names an unknown kind or delivery: then a rule violation. */
    static Map<String, Delivery> valid(List<Choice> choices) {
        var valid = new LinkedHashMap<String, Delivery>();
        for (int i = 0; choices != null && i < choices.size(); i++) {
            var choice = choices.get(i);
            String field = "preferences[" + i + "]";
            if (choice == null || choice.kind() == null || !NoticeKinds.known(choice.kind())) {
                throw new RuleViolation(field + ".kind", "preferences.unknownKind", "There is no such kind of notice.");
            }
            valid.put(choice.kind(), delivery(field + ".delivery", choice.delivery()));
        }
        return valid;
    }

    private static Delivery delivery(String field, String given) {
        try {
            return Delivery.valueOf(given == null ? "" : given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(
                    field, "preferences.unknownDelivery", "Choose IMMEDIATELY, DIGEST or OFF.", "IMMEDIATELY");
        }
    }

    /** Turns one kind off for one person: what a one-click unsubscribe does. */
    @Transactional
    public void turnOff(OrganizationId org, PersonId person, String kind) {
        set(org, person, kind, Delivery.OFF);
    }

    /** Turns off every kind one person hears of in the daily digest: what the digest's unsubscribe link does. */
    @Transactional
    public void turnOffDigest(OrganizationId org, PersonId person) {
        of(org, person).stream()
                .filter(p -> p.delivery() == Delivery.DIGEST)
                .forEach(p -> set(org, person, p.kind(), Delivery.OFF));
    }

    /** Each of {@code people}'s delivery for {@code kind}. */
    Map<PersonId, Delivery> forKind(OrganizationId org, Collection<PersonId> people, String kind) {
        var deliveries = new HashMap<PersonId, Delivery>();
        people.forEach(p -> deliveries.put(p, NoticeKinds.defaultFor(kind)));
        if (people.isEmpty()) {
            return deliveries;
        }
        jdbc.sql(
                        """
                select person_id, delivery from notification_preferences
                where organization_id = ? and kind = ? and person_id = any (?)""")
                .params(uuid(org), kind, uuidArray(List.copyOf(people)))
                .query((rs, n) -> Map.entry(
                        new PersonId(rs.getObject("person_id", java.util.UUID.class)),
                        Delivery.valueOf(rs.getString("delivery"))))
                .list()
                .forEach(e -> deliveries.put(e.getKey(), e.getValue()));
        return deliveries;
    }

    private Map<String, Delivery> chosenBy(OrganizationId org, PersonId person) {
        var chosen = new HashMap<String, Delivery>();
        jdbc.sql("select kind, delivery from notification_preferences where organization_id = ? and person_id = ?")
                .params(uuid(org), uuid(person))
                .query((rs, n) -> Map.entry(rs.getString("kind"), Delivery.valueOf(rs.getString("delivery"))))
                .list()
                .forEach(e -> chosen.put(e.getKey(), e.getValue()));
        return chosen;
    }

    private void set(OrganizationId org, PersonId person, String kind, Delivery delivery) {
        jdbc.sql(
                        """
                insert into notification_preferences (organization_id, person_id, kind, delivery) values (?, ?, ?, ?)
                on conflict (organization_id, person_id, kind) do update set delivery = excluded.delivery""")
                .params(uuid(org), uuid(person), kind, delivery.name())
                .update();
    }
}
