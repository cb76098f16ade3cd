package org.baton.web.principles;

import jakarta.validation.constraints.NotBlank;

/** How often regeneration reviews are due, as an ISO-8601 period such as {@code P3M}. */
public class CadenceForm {

    @NotBlank
    private String reviewCadence;

    public String getReviewCadence() {
        return reviewCadence;
    }

    public void setReviewCadence(String reviewCadence) {
        this.reviewCadence = reviewCadence;
    }
}
