package org.baton.api.development;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.Readiness;
import org.baton.development.ReadyToLead;
import org.baton.development.Reason;
import org.baton.homebases.HomeBaseId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who in a home base is ready to lead a first mission, and who is close, each with reasons in plain words. */
@RestController
@Tag(name = "Home bases")
class ReadyToLeadResource {

    private final ReadyToLead readyToLead;
    private final MessageSource messages;

    ReadyToLeadResource(ReadyToLead readyToLead, MessageSource messages) {
        this.readyToLead = readyToLead;
        this.messages = messages;
    }

    /**
     * @param ready whether they meet every criterion; those close ({@code ready} false) say what they lack in
     *     {@code notYet}
     * @param missionsJoined the missions they were a member of that are active or ended (they have seen one run)
     * @param areasNeeded their areas, at practitioner level or above, that missions being staffed need now
     */
    record ReadinessResponse(
            UUID personId,
            String name,
            boolean ready,
            List<String> reasons,
            List<String> notYet,
            int missionsJoined,
            List<String> areasNeeded) {}

    /**
     * Ready people first, then those close. Those close, with what they lack, only for the home base's leader, their
     * steward and themselves; other callers see who is ready.
     */
    @GetMapping("/api/v1/home-bases/{id}/ready-to-lead")
    List<ReadinessResponse> readyToLead(@SignedIn Caller caller, @PathVariable UUID id) {
        return readyToLead.inHomeBase(caller.organizationId(), new HomeBaseId(id), caller.personId()).stream()
                .map(this::response)
                .toList();
    }

    private ReadinessResponse response(Readiness r) {
        return new ReadinessResponse(
                r.personId().value(),
                r.name(),
                r.ready(),
                words(r.reasons()),
                words(r.notYet()),
                r.missionsJoined(),
                r.areasNeeded());
    }

    private List<String> words(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> messages.getMessage(
                        reason.messageKey(),
                        reason.messageArguments(),
                        reason.messageKey(),
                        LocaleContextHolder.getLocale()))
                .toList();
    }
}
