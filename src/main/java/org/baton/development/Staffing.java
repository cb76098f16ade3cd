package org.baton.development;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.development.solver.StaffingSolver;
import org.baton.missions.Mission;
import org.baton.missions.MissionCommitments;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing missions: a proposal for one mission, or for several at once with nobody over-allocated across them,
 * each pick explained; accepting a proposal staffs the mission with it.
 */
@Service
public class Staffing {

    /** Missions staffed together, at most. */
    public static final int MAX_TOGETHER = 500;

    private final Missions missions;
    private final People people;
    private final MissionCommitments commitments;
    private final StaffingCandidates candidates;
    private final StaffingProposals proposals;
    private final StaffingSolver solver;
    private final Clock clock;

    Staffing(
            Missions missions,
            People people,
            MissionCommitments commitments,
            StaffingCandidates candidates,
            StaffingProposals proposals,
            Clock clock,
            @Value("${baton.staffing.time-limit:8s}") Duration timeLimit) {
        this.missions = missions;
        this.people = people;
        this.commitments = commitments;
        this.candidates = candidates;
        this.proposals = proposals;
        this.clock = clock;
        this.solver = new StaffingSolver(timeLimit);
    }

    /**
     * Proposes a leader and members for a mission in staffing (or proposed), and keeps the proposal so that
     * accepting applies what was shown. Only who may change the mission may ask.
     */
    public StaffingProposal propose(OrganizationId org, MissionId mission, PersonId by) {
        return proposeTogether(org, List.of(mission), by).getFirst();
    }

    /** Proposals for several missions together, consistent across them: nobody over-allocated. */
    public List<StaffingProposal> proposeTogether(OrganizationId org, List<MissionId> ids, PersonId by) {
        if (ids == null
                || ids.isEmpty()
                || ids.size() > MAX_TOGETHER
                || ids.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation(
                    "missionIds",
                    "staffing.missions.count",
                    "Name from 1 to " + MAX_TOGETHER + " missions to staff together.",
                    MAX_TOGETHER);
        }
        var distinct = List.copyOf(new LinkedHashSet<>(ids));
        var found = missions.all(org, distinct).stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        var staffed = new ArrayList<Mission>();
        for (var id : distinct) {
            var mission = found.get(id);
            if (mission == null) {
                throw new NotFound("mission", id);
            }
            StaffingWindow.require(mission, by);
            staffed.add(mission);
        }
        var openings = staffed.stream().map(StaffingCandidates::opening).toList();
        StaffingSolver.requireSeatsWithin(openings);
        var plan = StaffingSolver.plan(openings, candidates.of(org, staffed));
        var solved = solver.solve(plan);
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var made = new HashMap<MissionId, StaffingProposal>();
        for (var mission : staffed) {
            var picks = solved.of(mission.id());
            var proposal = new StaffingProposal(
                    mission.id(),
                    mission.version(),
                    picks.leader(),
                    picks.members(),
                    picks.alternatives(),
                    picks.score().toString(),
                    now,
                    picks.concerns());
            proposals.keep(org, proposal, by);
            made.put(mission.id(), proposal);
        }
        return ids.stream().map(made::get).toList();
    }

    /**
     * The latest proposal kept for a mission, if any, for whoever may staff it: refused (403) to whoever may not
     * change the mission, and (422) once the mission is no longer staffed or has not said its size or hours.
     */
    public Optional<StaffingProposal> latest(OrganizationId org, MissionId id, PersonId by) {
        StaffingWindow.require(missions.get(org, id), by);
        return proposals.latest(org, id);
    }

    /**
     * Staffs the mission with its latest proposal: its leader and members become the proposal's. {@code proposedAt}
     * names the proposal seen (null: the latest, whichever it is); refused (409) when a newer one was asked for since.
     * Refused (422) when the proposal names no leader or nobody, and (409) when the mission changed since the
     * proposal was made, or a pick no longer has the hours. Accepts of one organization run one at a time, so that
     * two cannot give the same hours twice.
     */
    @Transactional
    public Mission accept(OrganizationId org, MissionId id, PersonId by, Instant proposedAt) {
        proposals.lockAccepting(org);
        var mission = missions.get(org, id);
        StaffingWindow.require(mission, by);
        var proposal = proposals
                .latest(org, id)
                .orElseThrow(() -> new RuleViolation(
                        null, "staffing.proposal.none", "Ask for a staffing proposal before accepting one."));
        if (proposedAt != null && !proposedAt.equals(proposal.proposedAt())) {
            throw new StateConflict(
                    "staffing.proposal.replaced", "Someone asked for a newer proposal: look at it before you accept.");
        }
        ProposalAcceptance.require(proposal);
        if (proposal.missionVersion() != mission.version()) {
            throw stale();
        }
        requireHours(org, mission, proposal);
        var members = proposal.members().stream().map(Pick::personId).toList();
        return missions.describe(
                org,
                id,
                mission.version(),
                mission.details().staffedBy(proposal.leader().personId(), members),
                by);
    }

    /** Refuses a proposal whose picks no longer have the mission's hours free, or are no longer here. */
    private void requireHours(OrganizationId org, Mission mission, StaffingProposal proposal) {
        var picks = new HashSet<PersonId>();
        if (proposal.leader() != null) {
            picks.add(proposal.leader().personId());
        }
        proposal.members().forEach(p -> picks.add(p.personId()));
        var found = people.byId(org, picks);
        var committed = commitments.hoursOfEveryone(org, List.of(mission.id()));
        int hours = mission.needs().hoursPerWeek();
        for (var pick : picks) {
            var person = found.get(pick);
            var given = committed.getOrDefault(pick, 0);
            if (person == null || person.availability() - given < hours) {
                throw stale();
            }
        }
    }

    private static StateConflict stale() {
        return new StateConflict(
                "staffing.proposal.stale",
                "The mission or its people changed since this proposal was made: ask for a new one.");
    }
}
