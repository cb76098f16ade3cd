/**
 * The audit log: each organization's security-relevant changes (accounts granted, admin rights given or taken,
 * passwords changed, access tokens issued and revoked, failed and throttled sign-ins), for its admins to read.
 * Entries are written from the events the accounts module publishes, inside the publishing transaction (a sign-in
 * attempt has a short one of its own), so a change and its entry are committed together or not at all. A module of
 * its own rather than part of accounts: accounts says what happened; who may read it, which words and limits an
 * entry has and how it is paged are a separate concern, and other modules' security-relevant events can join it
 * without accounts knowing. Organizations cannot be changed after founding yet, so there is no settings entry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared", "accounts", "people"})
package org.baton.audit;
