package org.baton.web.coaching;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.baton.shared.TextLimits;
import org.springframework.format.annotation.DateTimeFormat;

/** A slot as a coach types it: when it starts and ends, in their own time zone, what it is about and where. */
public class CoachingSlotForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;

    @Size(max = TextLimits.TITLE)
    private String topic;

    @Size(max = TextLimits.LINE)
    private String place;

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
