/**
 * How people sign in: accounts with a hashed password, site roles (member, admin; admin is technical
 * configuration and grants no authority over decisions), personal access tokens for the API, invitations,
 * and founding a new organization together with its first admin.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"shared", "organizations", "people"})
package org.baton.accounts;
