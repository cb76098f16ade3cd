package org.baton.web.homebases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.people.PersonId;
import org.baton.web.support.Lines;

/** A home base as typed on the found and edit forms; the context's lists are one item per line. */
public class HomeBaseForm {

    static final Map<String, String> FIELDS = Map.of(
            "context.customers",
            "customers",
            "context.successMetrics",
            "successMetrics",
            "context.priorities",
            "priorities",
            "context.budget",
            "budget");

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 2000)
    private String purpose;

    private UUID leaderId;
    private List<UUID> memberIds = new ArrayList<>();
    private String customers;
    private String successMetrics;
    private String priorities;

    @Size(max = 500)
    private String budget;

    private Long version;

    static HomeBaseForm of(HomeBase homeBase) {
        var form = new HomeBaseForm();
        form.name = homeBase.name();
        form.purpose = homeBase.purpose();
        form.leaderId = homeBase.leaderId() == null ? null : homeBase.leaderId().value();
        form.memberIds = new ArrayList<>(
                homeBase.memberIds().stream().map(PersonId::value).toList());
        form.customers = Lines.join(homeBase.context().customers());
        form.successMetrics = Lines.join(homeBase.context().successMetrics());
        form.priorities = Lines.join(homeBase.context().priorities());
        form.budget = homeBase.context().budget();
        form.version = homeBase.version();
        return form;
    }

    HomeBaseDetails details() {
        return new HomeBaseDetails(
                name,
                purpose,
                leaderId == null ? null : new PersonId(leaderId),
                memberIds == null
                        ? List.of()
                        : memberIds.stream().map(PersonId::new).toList(),
                new HomeBaseContext(Lines.of(customers), Lines.of(successMetrics), Lines.of(priorities), budget));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public UUID getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(UUID leaderId) {
        this.leaderId = leaderId;
    }

    public List<UUID> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<UUID> memberIds) {
        this.memberIds = memberIds;
    }

    public String getCustomers() {
        return customers;
    }

    public void setCustomers(String customers) {
        this.customers = customers;
    }

    public String getSuccessMetrics() {
        return successMetrics;
    }

    public void setSuccessMetrics(String successMetrics) {
        this.successMetrics = successMetrics;
    }

    public String getPriorities() {
        return priorities;
    }

    public void setPriorities(String priorities) {
        this.priorities = priorities;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
