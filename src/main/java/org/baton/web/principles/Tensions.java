package org.baton.web.principles;

import java.util.List;
import java.util.Objects;
import org.baton.people.People;
import org.baton.principles.Principles;
import org.baton.principles.Tension;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Tensions with the names and links a page shows for them. */
@Component
class Tensions {

    private final People people;
    private final Principles principles;
    private final RecentWork work;

    Tensions(People people, Principles principles, RecentWork work) {
        this.people = people;
        this.principles = principles;
        this.work = work;
    }

    List<TensionRow> rows(OrganizationId org, List<Tension> tensions) {
        var byId = people.byId(
                org,
                tensions.stream()
                        .map(Tension::raisedBy)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return tensions.stream()
                .map(t -> {
                    var by = t.raisedBy() == null ? null : byId.get(t.raisedBy());
                    return new TensionRow(
                            t.principleId().value(),
                            principles
                                    .find(org, t.principleId())
                                    .map(p -> p.statement())
                                    .orElse(""),
                            t.source().name(),
                            work.find(org, t.subjectType(), t.subjectId())
                                    .orElse(new WorkLink(t.subjectType(), t.subjectId(), "")),
                            t.note(),
                            by == null ? "" : by.name(),
                            by == null ? null : by.id().value(),
                            t.raisedAt());
                })
                .toList();
    }
}
