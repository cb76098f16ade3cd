package org.baton.web.missions;

/** Closing a mission (completing or abandoning it) with the lessons it leaves its home base, one per line. */
public class LessonsForm {

    private String lessons;
    private Long version;

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
