package org.baton.web.intents;

import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;

/** "I intend to …" as typed on the form; the window is one of the usual lengths or an ISO duration. */
public class IntentForm {

    /** The usual objection windows, offered first; {@code CUSTOM} reads {@link #customWindow}. */
    static final List<String> WINDOWS = List.of("PT24H", "PT48H", "PT72H", "P7D", "CUSTOM");

    @Size(max = 2000)
    private String statement;

    @Size(max = 4000)
    private String reason;

    private String scope = "";
    private UUID areaId;
    private String window = "PT48H";
    private String customWindow;

    private Visibility visibility = Visibility.ORGANIZATION;

    @Size(max = 200)
    private List<UUID> namedIds = new ArrayList<>();

    /** The chosen window; refused next to the custom field when it is not a duration. */
    Duration objectionWindow() {
        String text = "CUSTOM".equals(window) ? customWindow : window;
        if (text == null || text.isBlank()) {
            if ("CUSTOM".equals(window)) {
                throw new RuleViolation(
                        "customWindow",
                        "intent.window.format",
                        "Give the window as an ISO duration, e.g. PT36H or P3D.");
            }
            return null;
        }
        try {
            return Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new RuleViolation(
                    "customWindow", "intent.window.format", "Give the window as an ISO duration, e.g. PT36H or P3D.");
        }
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public String getCustomWindow() {
        return customWindow;
    }

    public void setCustomWindow(String customWindow) {
        this.customWindow = customWindow;
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
