package org.baton.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBases;
import org.baton.people.People;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's leadership pipeline over a period, with the names of the people and home bases in it. */
@Service
public class LeadershipPipelines {

    private final MissionLeads leads;
    private final People people;
    private final HomeBases homeBases;
    private final Clock clock;

    LeadershipPipelines(MissionLeads leads, People people, HomeBases homeBases, Clock clock) {
        this.leads = leads;
        this.people = people;
        this.homeBases = homeBases;
        this.clock = clock;
    }

    /**
     * The period asked for, either end left out ({@link PipelinePeriod#of}); refused (422) when it ends before it
     * starts or spans more than {@value PipelinePeriod#MAX_QUARTERS} calendar quarters.
     */
    public PipelinePeriod period(LocalDate from, LocalDate to) {
        return PipelinePeriod.of(from, to, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public LeadershipPipeline over(OrganizationId org, PipelinePeriod period) {
        var pipeline = LeadershipPipeline.over(leads.all(org), period);
        var names = people.byId(
                org,
                pipeline.firstTimeLeaders().stream()
                        .map(LeadershipPipeline.FirstTimeLeader::personId)
                        .toList());
        var bases = homeBases.all(org).stream().collect(Collectors.toMap(HomeBase::id, HomeBase::name));
        return pipeline.named(
                person -> names.containsKey(person) ? names.get(person).name() : null, bases::get);
    }
}
