package org.baton.notifications;

import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** What a one-click unsubscribe link stands for: this person no longer wants mail of this kind. */
public record Unsubscription(OrganizationId organizationId, PersonId personId, String kind) {}
