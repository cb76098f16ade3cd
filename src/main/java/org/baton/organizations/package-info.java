/**
 * Organizations are Baton's tenants: everything else belongs to exactly one of them and nothing of one is
 * ever visible to another. Founding and finding organizations; the organization's id itself lives in the
 * shared kernel, because every module's keys include it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organizations",
        allowedDependencies = {"shared"})
package org.baton.organizations;
