package org.baton.web.roles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleId;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.web.support.Lines;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A role's definition as typed on the new and edit forms. Where it applies is one choice ({@code scope}): the
 * organization, a knowledge area (named in {@code knowledgeArea}), or a home base, mission or person, written as
 * {@code HOME_BASE:<id>}. Accountabilities are one per line.
 */
public class RoleForm {

    /** The domain's names for the scope's parts, and the fields they are typed into here. */
    static final Map<String, String> FIELDS =
            Map.of("scope.type", "scope", "scope.id", "scope", "scope.knowledgeArea", "knowledgeArea");

    @NotNull
    private RoleType type = RoleType.WORK;

    @NotBlank
    @Size(max = TextLimits.TITLE)
    private String title;

    @Size(max = TextLimits.TEXT)
    private String purpose;

    @Size(max = 5 * TextLimits.TEXT)
    private String accountabilities;

    @NotBlank
    @Size(max = 80)
    private String scope = RoleScope.Type.ORGANIZATION.name();

    @Size(max = TextLimits.NAME)
    private String knowledgeArea;

    private UUID parentId;

    @NotNull
    @Min(1)
    @Max(RoleDefinition.MAX_SEATS)
    private Integer seats = 1;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;

    private Long version;

    static RoleForm of(Role role) {
        var definition = role.definition();
        var form = new RoleForm();
        form.type = definition.type();
        form.title = definition.title();
        form.purpose = definition.purpose();
        form.accountabilities = Lines.join(definition.accountabilities());
        form.scope = choice(definition.scope());
        form.knowledgeArea = definition.scope().knowledgeArea();
        form.parentId =
                definition.parentId() == null ? null : definition.parentId().value();
        form.seats = definition.seats();
        form.reviewOn = definition.reviewOn();
        form.version = role.version();
        return form;
    }

    /** How a scope is written as one choice of the form. */
    static String choice(RoleScope scope) {
        return scope.id() == null ? scope.type().name() : scope.type().name() + ":" + scope.id();
    }

    /** The definition for the domain, which refuses what is missing or too long as a rule violation. */
    RoleDefinition definition() {
        return new RoleDefinition(
                type,
                title,
                purpose,
                Lines.of(accountabilities),
                scopeChosen(),
                parentId == null ? null : new RoleId(parentId),
                seats == null ? 0 : seats,
                reviewOn);
    }

    private RoleScope scopeChosen() {
        String[] parts = scope == null ? new String[] {""} : scope.strip().split(":", 2);
        RoleScope.Type kind;
        UUID id = null;
        try {
            kind = RoleScope.Type.valueOf(parts[0]);
            if (parts.length > 1) {
                id = UUID.fromString(parts[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("scope", "role.scope.required", "Say where the role applies.");
        }
        return new RoleScope(kind, id, knowledgeArea);
    }

    public RoleType getType() {
        return type;
    }

    public void setType(RoleType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAccountabilities() {
        return accountabilities;
    }

    public void setAccountabilities(String accountabilities) {
        this.accountabilities = accountabilities;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getKnowledgeArea() {
        return knowledgeArea;
    }

    public void setKnowledgeArea(String knowledgeArea) {
        this.knowledgeArea = knowledgeArea;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
