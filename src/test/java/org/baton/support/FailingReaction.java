package org.baton.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.baton.people.PersonEnrolled;
import org.baton.shared.OrganizationId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A reaction to a person joining that fails, for organizations a test has armed it for, until the test lets it
 * succeed. Proves that a failing reaction neither undoes the change it reacts to nor is lost.
 */
@TestComponent
public class FailingReaction {

    private final Set<OrganizationId> failing = ConcurrentHashMap.newKeySet();
    private final Map<OrganizationId, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<OrganizationId, AtomicInteger> successes = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(PersonEnrolled event) {
        var org = event.organizationId();
        if (!attempts.containsKey(org)) {
            return;
        }
        attempts.get(org).incrementAndGet();
        if (failing.contains(org)) {
            throw new IllegalStateException("This reaction fails on purpose while the test says so.");
        }
        successes.get(org).incrementAndGet();
    }

    public void failFor(OrganizationId org) {
        attempts.put(org, new AtomicInteger());
        successes.put(org, new AtomicInteger());
        failing.add(org);
    }

    public void recover(OrganizationId org) {
        failing.remove(org);
    }

    public int attempts(OrganizationId org) {
        return attempts.get(org).get();
    }

    public int successes(OrganizationId org) {
        return successes.get(org).get();
    }
}
