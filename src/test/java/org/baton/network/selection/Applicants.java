package org.baton.network.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;

/** A small builder of applicants as the selection weighs them. */
final class Applicants {

    private final PersonId id = PersonId.random();
    private Double attitude;
    private Double energy;
    private String homeBase = "Platform";
    private final List<String> areas = new ArrayList<>();
    private int level = 2;
    private Tenure tenure = Tenure.ONE_TO_THREE_YEARS;
    private int leadingNow;
    private int ledLastYear;
    private int roles;
    private boolean onCentre;
    private boolean onGoverningBody;

    static Applicants anApplicant() {
        return new Applicants();
    }

    Applicants rated(double attitude, double energy) {
        this.attitude = attitude;
        this.energy = energy;
        return this;
    }

    Applicants from(String homeBase) {
        this.homeBase = homeBase;
        return this;
    }

    Applicants withoutHomeBase() {
        this.homeBase = null;
        return this;
    }

    Applicants knowing(String... areas) {
        this.areas.addAll(List.of(areas));
        return this;
    }

    Applicants atLevel(int level) {
        this.level = level;
        return this;
    }

    Applicants here(Tenure tenure) {
        this.tenure = tenure;
        return this;
    }

    Applicants leading(int missions) {
        this.leadingNow = missions;
        return this;
    }

    Applicants havingLedLastYear(int missions) {
        this.ledLastYear = missions;
        return this;
    }

    Applicants holdingRoles(int roles) {
        this.roles = roles;
        return this;
    }

    Applicants onTheCentre() {
        this.onCentre = true;
        return this;
    }

    Applicants onTheGoverningBody() {
        this.onGoverningBody = true;
        return this;
    }

    ApplicantFacts build() {
        return new ApplicantFacts(
                UUID.randomUUID(),
                id,
                attitude,
                energy,
                homeBase == null ? null : "base-" + homeBase,
                homeBase,
                areas,
                level,
                tenure,
                leadingNow,
                ledLastYear,
                roles,
                onCentre,
                onGoverningBody);
    }
}
