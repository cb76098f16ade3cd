package org.baton.web.people;

/**
 * Enrolling a person, and how they will sign in: an invitation link they open to choose a password, a
 * password the admin sets now, or no account yet.
 */
public class NewPersonForm extends PersonForm {

    public enum Access {
        INVITE,
        PASSWORD,
        NONE
    }

    private Access access = Access.INVITE;
    private String password;
    private boolean admin;

    public Access getAccess() {
        return access;
    }

    public void setAccess(Access access) {
        this.access = access;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }
}
