/**
 * Organizations are Baton's tenants: everything else belongs to exactly one of them and nothing of one is
 * ever visible to another. This module also holds the few types every module speaks in: the
 * organization's id, the refusals a rule of the domain can give, and a page of a listing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package org.baton.organizations;
