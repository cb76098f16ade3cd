package org.baton.demo;

import org.baton.homebases.HomeBases;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A made-up company, Larkspur, that sells booking and billing software to small clinics: its people
 * ({@link DemoPeople}), four home bases around its customers' problems ({@link DemoHomeBases}), seven missions
 * spread over the lifecycle ({@link DemoMissions}, {@link DemoStaffing}), and its values, principles, zones and
 * decisions ({@link DemoCoherence}), an autonomy agreement ({@link DemoAutonomy}), and a leadership network beside
 * the hierarchy ({@link DemoNetwork}, followed by {@link DemoWins} once its consent decisions are made).
 */
@Service
class DemoOrganization {

    private final HomeBases homeBases;
    private final DemoPeople people;
    private final DemoHomeBases bases;
    private final DemoMissions missions;
    private final DemoStaffing staffing;
    private final DemoCoherence coherence;
    private final DemoRoles roles;
    private final DemoAutonomy autonomy;
    private final DemoNetwork network;

    DemoOrganization(
            HomeBases homeBases,
            DemoPeople people,
            DemoHomeBases bases,
            DemoMissions missions,
            DemoStaffing staffing,
            DemoCoherence coherence,
            DemoRoles roles,
            DemoAutonomy autonomy,
            DemoNetwork network) {
        this.homeBases = homeBases;
        this.people = people;
        this.bases = bases;
        this.missions = missions;
        this.staffing = staffing;
        this.coherence = coherence;
        this.roles = roles;
        this.autonomy = autonomy;
        this.network = network;
    }

    /**
     * Fills the organization with the demo unless it already has a home base. One transaction: a failure
     * half-way leaves nothing behind, so the next start tries again from a clean slate.
     *
     * @return whether the demo was added
     */
    @Transactional
    boolean fillIfEmpty(OrganizationId org) {
        if (!homeBases.all(org).isEmpty()) {
            return false;
        }
        var staff = people.enrol(org);
        people.guide(org, staff);
        var founded = bases.found(org, staff);
        missions.launch(org, staff, founded);
        staffing.prepare(org, founded);
        coherence.fill(org, staff, founded);
        roles.fill(org, staff, founded);
        autonomy.agree(org, staff);
        network.grow(org, staff);
        return true;
    }
}
