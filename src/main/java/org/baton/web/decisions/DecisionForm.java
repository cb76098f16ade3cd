package org.baton.web.decisions;

import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Reversibility;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.baton.web.support.Lines;
import org.baton.zones.AreaId;

/**
 * A decision as raised on the form: its risk picks the recommended method; {@code method} left empty means
 * "the recommended one". Options are typed one per line. The people named to see it are the people it concerns
 * (the impacted).
 */
public class DecisionForm {

    @Size(max = 200)
    private String title;

    @Size(max = 8000)
    private String context;

    private String options;
    private String scope = "";
    private UUID areaId;
    private Reversibility reversibility;
    private Consequence consequence;
    private DecisionMethod method;
    private String methodReason;
    private String consentWindow = DecisionDraft.DEFAULT_CONSENT_WINDOW.toString();

    private Visibility visibility = Visibility.ORGANIZATION;

    @Size(max = 200)
    private List<UUID> namedIds = new ArrayList<>();

    @Size(max = 8000)
    private String proposal;

    @Size(max = 200)
    private List<UUID> participantIds = new ArrayList<>();

    @Size(max = 200)
    private List<UUID> impactedIds = new ArrayList<>();

    private String consultWindow = DecisionDraft.DEFAULT_CONSULT_WINDOW.toString();

    DecisionDraft draft() {
        return new DecisionDraft(
                title,
                context,
                ScopeChoices.parse(scope),
                reversibility,
                consequence,
                Lines.of(options),
                method,
                methodReason,
                proposal,
                consentWindow(),
                null,
                null,
                areaId == null ? null : new AreaId(areaId),
                people(participantIds),
                people(impactedIds),
                visibility,
                duration(consultWindow, "consultWindow", "decision.consultWindow.positive"),
                named());
    }

    private static List<PersonId> people(List<UUID> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).map(PersonId::new).toList();
    }

    /** How long a consent round may take before it falls back to the advice process; the choices are fixed. */
    private Duration consentWindow() {
        return duration(consentWindow, "consentWindow", "decision.consentWindow.positive");
    }

    private static Duration duration(String chosen, String field, String code) {
        try {
            return chosen == null || chosen.isBlank() ? null : Duration.parse(chosen.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, code, "The window must be a positive duration.");
        }
    }

    public List<UUID> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<UUID> participantIds) {
        this.participantIds = participantIds;
    }

    public List<UUID> getImpactedIds() {
        return impactedIds;
    }

    public void setImpactedIds(List<UUID> impactedIds) {
        this.impactedIds = impactedIds;
    }

    public String getConsultWindow() {
        return consultWindow;
    }

    public void setConsultWindow(String consultWindow) {
        this.consultWindow = consultWindow;
    }

    public String getConsentWindow() {
        return consentWindow;
    }

    public void setConsentWindow(String consentWindow) {
        this.consentWindow = consentWindow;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public UUID getAreaId() {
        return areaId;
    }

    public void setAreaId(UUID areaId) {
        this.areaId = areaId;
    }

    public Reversibility getReversibility() {
        return reversibility;
    }

    public void setReversibility(Reversibility reversibility) {
        this.reversibility = reversibility;
    }

    public Consequence getConsequence() {
        return consequence;
    }

    public void setConsequence(Consequence consequence) {
        this.consequence = consequence;
    }

    public DecisionMethod getMethod() {
        return method;
    }

    public void setMethod(DecisionMethod method) {
        this.method = method;
    }

    public String getMethodReason() {
        return methodReason;
    }

    public void setMethodReason(String methodReason) {
        this.methodReason = methodReason;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<UUID> getNamedIds() {
        return namedIds;
    }

    public void setNamedIds(List<UUID> namedIds) {
        this.namedIds = namedIds == null ? new ArrayList<>() : namedIds;
    }

    /** The people named to see it, as the domain names them. */
    List<PersonId> named() {
        return namedIds.stream().filter(Objects::nonNull).map(PersonId::new).toList();
    }
}
