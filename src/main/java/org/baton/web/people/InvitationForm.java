package org.baton.web.people;

import jakarta.validation.constraints.NotBlank;

/** The password an invited person chooses, typed twice. */
public class InvitationForm {

    @NotBlank
    private String password;

    @NotBlank
    private String repeatPassword;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
