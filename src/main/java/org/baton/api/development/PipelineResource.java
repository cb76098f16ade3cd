package org.baton.api.development;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.LeadershipPipeline;
import org.baton.development.LeadershipPipelines;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organization's leadership pipeline over a period: who leads missions, who is new to it, and where. */
@RestController
@Tag(name = "Leadership pipeline")
class PipelineResource {

    private final LeadershipPipelines pipelines;

    PipelineResource(LeadershipPipelines pipelines) {
        this.pipelines = pipelines;
    }

    record FirstTimeLeaderResponse(UUID personId, String name, LocalDate startedOn) {}

    record HomeBaseLeadersResponse(UUID homeBaseId, String name, int leaders) {}

    record QuarterResponse(String quarter, LocalDate from, LocalDate to, int distinctLeaders, int firstTimeLeaders) {}

    /**
     * @param topTenPercentShare the share (0 to 1) of the period's {@code missionsLed} led by its top 10% of leaders
     *     ({@code topLeaders} people)
     */
    record PipelineResponse(
            LocalDate from,
            LocalDate to,
            int distinctLeaders,
            List<FirstTimeLeaderResponse> firstTimeLeaders,
            List<HomeBaseLeadersResponse> leadersPerHomeBase,
            double topTenPercentShare,
            int topLeaders,
            int missionsLed,
            int secondMissionLeaders,
            List<QuarterResponse> quarters) {

        static PipelineResponse of(LeadershipPipeline p) {
            return new PipelineResponse(
                    p.period().from(),
                    p.period().to(),
                    p.distinctLeaders(),
                    p.firstTimeLeaders().stream()
                            .map(f -> new FirstTimeLeaderResponse(f.personId().value(), f.name(), f.startedOn()))
                            .toList(),
                    p.leadersPerHomeBase().stream()
                            .map(h -> new HomeBaseLeadersResponse(
                                    h.homeBaseId() == null
                                            ? null
                                            : h.homeBaseId().value(),
                                    h.name(),
                                    h.leaders()))
                            .toList(),
                    p.topTenPercentShare(),
                    p.topLeaders(),
                    p.missionsLed(),
                    p.secondMissionLeaders(),
                    p.quarters().stream()
                            .map(q -> new QuarterResponse(
                                    q.quarter().label(),
                                    q.quarter().from(),
                                    q.quarter().to(),
                                    q.distinctLeaders(),
                                    q.firstTimeLeaders()))
                            .toList());
        }
    }

    /**
     * The pipeline from {@code from} to {@code to} (ISO dates, both included). Without them: the last four calendar
     * quarters up to today. 422 when the period ends before it starts or spans more than 40 calendar quarters.
     */
    @GetMapping("/api/v1/pipeline")
    PipelineResponse pipeline(
            @SignedIn Caller caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return PipelineResponse.of(pipelines.over(caller.organizationId(), pipelines.period(from, to)));
    }
}
