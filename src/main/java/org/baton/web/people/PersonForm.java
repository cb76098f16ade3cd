package org.baton.web.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.baton.people.Expertise;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.web.support.Lines;

/**
 * A person's record as typed: expertise one per line as "Area" or "Area: LEVEL", growth goals one per line.
 */
public class PersonForm {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private String expertise;
    private String growthGoals;

    @NotNull
    @Min(0)
    @Max(Person.MAX_HOURS_PER_WEEK)
    private Integer availability = 8;

    private String timeZone;
    private UUID homeBaseId;
    private Long version;

    static PersonForm of(Person person, UUID homeBaseId) {
        var form = new PersonForm();
        form.name = person.name();
        form.email = person.email();
        form.expertise = Lines.join(person.expertise().stream()
                .map(e -> e.area() + ": " + e.level().name())
                .toList());
        form.growthGoals = Lines.join(person.growthGoals());
        form.availability = person.availability();
        form.timeZone = person.timeZone().getId();
        form.homeBaseId = homeBaseId;
        form.version = person.version();
        return form;
    }

    /** The details for the domain; an expertise line without an area is refused as a rule violation. */
    PersonDetails details() {
        List<Expertise> areas =
                Lines.of(expertise).stream().map(Expertise::parse).toList();
        return new PersonDetails(name, email, areas, Lines.of(growthGoals), availability, timeZone);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getGrowthGoals() {
        return growthGoals;
    }

    public void setGrowthGoals(String growthGoals) {
        this.growthGoals = growthGoals;
    }

    public Integer getAvailability() {
        return availability;
    }

    public void setAvailability(Integer availability) {
        this.availability = availability;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public UUID getHomeBaseId() {
        return homeBaseId;
    }

    public void setHomeBaseId(UUID homeBaseId) {
        this.homeBaseId = homeBaseId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
