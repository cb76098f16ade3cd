package org.baton.accounts;

/** A freshly issued access token: {@code secret} is shown to its owner this once and never stored. */
public record IssuedToken(AccessToken token, String secret) {}
