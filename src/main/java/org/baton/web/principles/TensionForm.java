package org.baton.web.principles;

import jakarta.validation.constraints.Size;

/** Flagging how a decision or intent ({@code TYPE:id}) rubbed against a principle. */
public class TensionForm {

    private String subject;

    @Size(max = 2000)
    private String note;

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
