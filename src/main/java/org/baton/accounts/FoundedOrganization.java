package org.baton.accounts;

import org.baton.organizations.Organization;
import org.baton.people.Person;

public record FoundedOrganization(Organization organization, Person admin) {}
