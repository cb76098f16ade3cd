package org.baton.web.principles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.baton.people.People;
import org.baton.principles.Status;
import org.baton.principles.Version;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Turns the versions of a value or principle into the history shown on its page: each against the one before. */
@Component
class VersionHistory {

    private final People people;
    private final RecentWork work;

    VersionHistory(People people, RecentWork work) {
        this.people = people;
        this.work = work;
    }

    List<VersionRow> of(OrganizationId org, List<Version> versions) {
        var byId = people.byId(
                org,
                versions.stream()
                        .map(Version::changedBy)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        var rows = new ArrayList<VersionRow>();
        Version previous = null;
        for (Version v : versions) {
            var by = v.changedBy() == null ? null : byId.get(v.changedBy());
            rows.add(new VersionRow(
                    v.version(),
                    previous == null ? WordDiff.unchanged(v.text()) : WordDiff.between(previous.text(), v.text()),
                    previous == null
                            ? WordDiff.unchanged(v.description())
                            : WordDiff.between(previous.description(), v.description()),
                    v.status() == Status.RETIRED,
                    previous != null && previous.status() != v.status(),
                    v.rationale(),
                    work.of(org, v.trigger()).orElse(null),
                    by == null ? "" : by.name(),
                    by == null ? null : by.id().value(),
                    v.changedAt()));
            previous = v;
        }
        return rows.reversed();
    }
}
