package org.baton.api.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.network.CelebrationCard;
import org.baton.network.CelebrationMetric;
import org.baton.network.CelebrationPerson;
import org.baton.network.CelebrationThanks;

/** A mission on the celebrations wall, as the API shows it. */
record CelebrationResponse(
        UUID missionId,
        String title,
        String kind,
        String status,
        UUID initiativeId,
        Metric metric,
        List<Person> people,
        List<Thanks> thanks,
        Instant endedAt) {

    /** The metric's movement: from {@code baseline} to the {@code latest} check-in (null without one). */
    record Metric(
            String name, BigDecimal baseline, BigDecimal latest, BigDecimal target, String unit, boolean reached) {

        static Metric of(CelebrationMetric m) {
            return new Metric(m.name(), m.baseline(), m.latest(), m.target(), m.unit(), m.reached());
        }
    }

    /** Someone who took part: {@code role} LEADER or MEMBER; {@code firstLead} when it was their first mission led. */
    record Person(UUID personId, String name, String role, boolean firstLead) {

        static Person of(CelebrationPerson p) {
            return new Person(p.personId().value(), p.name(), p.role().name(), p.firstLead());
        }
    }

    /** Thanks added on the wall: {@code by} is who gave them. */
    record Thanks(UUID id, UUID by, String byName, String text, Instant at) {

        static Thanks of(CelebrationThanks t) {
            return new Thanks(t.id(), t.by().value(), t.byName(), t.text(), t.at());
        }
    }

    static CelebrationResponse of(CelebrationCard card) {
        return new CelebrationResponse(
                card.missionId().value(),
                card.title(),
                card.kind(),
                card.status().name(),
                card.initiativeId(),
                Metric.of(card.metric()),
                card.people().stream().map(Person::of).toList(),
                card.thanks().stream().map(Thanks::of).toList(),
                card.endedAt());
    }
}
