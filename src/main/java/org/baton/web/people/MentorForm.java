package org.baton.web.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** A mentee choosing a mentor for a knowledge area. */
public class MentorForm {

    @NotNull
    private UUID mentorId;

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String knowledgeArea;

    public UUID getMentorId() {
        return mentorId;
    }

    public void setMentorId(UUID mentorId) {
        this.mentorId = mentorId;
    }

    public String getKnowledgeArea() {
        return knowledgeArea;
    }

    public void setKnowledgeArea(String knowledgeArea) {
        this.knowledgeArea = knowledgeArea;
    }
}
