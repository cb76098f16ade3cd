package org.baton.web.support;

/** The signed-in person may not do this (e.g. an admin-only page); answered with 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String what) {
        super(what);
    }
}
