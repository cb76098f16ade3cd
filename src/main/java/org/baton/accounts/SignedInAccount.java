package org.baton.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal of a browser session or a basic-authenticated request. */
public record SignedInAccount(Caller caller, String passwordHash) implements UserDetails {

    public static List<GrantedAuthority> authorities(Caller caller) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
        if (caller.admin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        if (caller.operator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_OPERATOR"));
        }
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(caller);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.email();
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + caller.email() + "]";
    }
}
