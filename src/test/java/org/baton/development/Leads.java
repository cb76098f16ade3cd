package org.baton.development;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/** Leads for tests: {@code aLead().by(ana).of(mission).from(homeBase).between("2026-01-05", "2026-02-20")}. */
final class Leads {

    private PersonId person = PersonId.random();
    private MissionId mission = MissionId.random();
    private HomeBaseId homeBase;
    private LocalDate startedOn = LocalDate.parse("2026-01-05");
    private LocalDate endedOn;

    static Leads aLead() {
        return new Leads();
    }

    Leads by(PersonId person) {
        this.person = person;
        return this;
    }

    Leads of(MissionId mission) {
        this.mission = mission;
        return this;
    }

    Leads from(HomeBaseId homeBase) {
        this.homeBase = homeBase;
        return this;
    }

    /** Started on {@code startedOn} and still going. */
    MissionLead since(String startedOn) {
        return between(startedOn, null);
    }

    MissionLead between(String startedOn, String endedOn) {
        this.startedOn = LocalDate.parse(startedOn);
        this.endedOn = endedOn == null ? null : LocalDate.parse(endedOn);
        return new MissionLead(
                mission,
                person,
                homeBase,
                this.startedOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
                this.endedOn == null
                        ? null
                        : this.endedOn.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
