package org.baton.calendar;

import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Whose calendar a feed's secret opens. */
record FeedOwner(OrganizationId organizationId, PersonId personId) {}
